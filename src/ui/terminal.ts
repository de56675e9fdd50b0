/** Terminal size for layouts. The context carries columns only; rows matter to the answer editor. */
export function readTerminalSize(fallbackColumns: number): { columns: number; rows: number } {
  return {
    columns: process.stdout.columns || fallbackColumns || 80,
    rows: process.stdout.rows || 24,
  };
}
