import { cloneElement, type ReactElement, type ReactNode, useId } from 'react';

type Control = ReactElement<{ id?: string; 'aria-describedby'?: string }>;

/**
 * A label tied to its control by id (not by nesting, so the control's value never becomes part of its
 * accessible name), with an optional hint the control is described by.
 */
export function Field(props: { label: string; hint?: ReactNode; hintIsError?: boolean; inline?: boolean; className?: string; children: Control }) {
  const { label, hint, hintIsError, inline, className, children } = props;
  const id = useId();
  const hintId = `${id}-hint`;
  const classes = ['field', inline ? 'field--inline' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {cloneElement(children, { id, 'aria-describedby': hint ? hintId : undefined })}
      {hint && (
        <small id={hintId} className={hintIsError ? 'field__hint field__hint--error' : 'field__hint'}>
          {hint}
        </small>
      )}
    </div>
  );
}
