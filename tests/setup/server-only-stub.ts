// Tests call server-only domain modules directly; "server-only" itself throws outside RSC.
export {};
