import type { ComponentChildren } from 'preact';

/** An empty or error state: one plain sentence about what happened and what to do. */
export function Notice({ kind, title, children }: { kind: 'empty' | 'error'; title: string; children?: ComponentChildren }) {
  return (
    <div class={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <p class="notice-title">{title}</p>
      {children && <p class="notice-body">{children}</p>}
    </div>
  );
}
