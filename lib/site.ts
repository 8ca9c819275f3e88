// The portal's name and operator, shown in the header, titles and messages. A deployment for
// another prefecture sets PORTAL_NAME / PORTAL_OPERATOR.
export const site = {
  name: process.env.PORTAL_NAME ?? "北海道在宅医療推進ポータル",
  operator: process.env.PORTAL_OPERATOR ?? "北海道保健福祉部",
};
