/**
 * Private-use characters around an expression kept inside a string (an image's alt text), so
 * the expression can be told apart from the text around it when the attribute is written.
 */
export const expressionStart = '\uE000'
export const expressionEnd = '\uE001'
