import type { ResolvedConfig } from 'vite';

/** Whether this Vite build is the content script's (WXT defines ENTRYPOINT="content" for it): the plugins that act there only ask this. */
export function isContentScriptBuild(config: ResolvedConfig): boolean {
  return config.define?.['import.meta.env.ENTRYPOINT'] === JSON.stringify('content');
}
