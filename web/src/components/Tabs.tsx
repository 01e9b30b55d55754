import { type KeyboardEvent, type ReactNode, useId } from 'react';

interface Tab<T extends string> {
  id: T;
  label: string;
}

/** WAI-ARIA tabs: arrow keys move between tabs, only the active one is in the tab order. */
export function Tabs<T extends string>(props: {
  label: string;
  tabs: Tab<T>[];
  active: T;
  onChange: (id: T) => void;
  children: ReactNode;
}) {
  const { label, tabs, active, onChange, children } = props;
  const baseId = useId();
  const tabId = (id: T) => `${baseId}-tab-${id}`;
  const panelId = `${baseId}-panel`;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const index = tabs.findIndex((tab) => tab.id === active);
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    onChange(next.id);
    document.getElementById(tabId(next.id))?.focus();
  };

  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tabs__list" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            id={tabId(tab.id)}
            type="button"
            role="tab"
            aria-selected={tab.id === active}
            aria-controls={panelId}
            tabIndex={tab.id === active ? 0 : -1}
            className="tabs__tab"
            onClick={() => onChange(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(active)} className="tabs__panel">
        {children}
      </div>
    </div>
  );
}
