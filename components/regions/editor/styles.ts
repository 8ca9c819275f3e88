// Class names shared by the editor's server and client components.
export const inputClass = "mt-2 w-full rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-16N-170 aria-[invalid=true]:border-error-1";
