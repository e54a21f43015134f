/** Stands in for @docusaurus/useGlobalData: tests set a plugin's data with `setPluginData` before rendering. */
const data = new Map<string, unknown>();

export function setPluginData(pluginName: string, value: unknown): void {
  data.set(pluginName, value);
}

export function usePluginData(pluginName: string): unknown {
  return data.get(pluginName);
}

export default function useGlobalData(): Record<string, unknown> {
  return Object.fromEntries(data);
}
