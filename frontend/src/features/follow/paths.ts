/** The page that lists what the signed-in person follows. */
export const FOLLOWS_PATH = '/gevolgd';
