// A join code as people read it aloud: two groups of three ("ABC-DEF").
export const formatCode = (code: string): string => (code.length > 3 ? `${code.slice(0, 3)}-${code.slice(3)}` : code);
