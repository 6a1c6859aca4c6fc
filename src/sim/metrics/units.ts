/** metrics-server's quantity spellings: CPU in nanocores (`12345678n`), memory in kibibytes (`20480Ki`). */
export const cpuQuantity = (milli: number): string => `${Math.round(milli * 1e6)}n`;
export const memoryQuantity = (bytes: number): string => `${Math.round(bytes / 1024)}Ki`;
