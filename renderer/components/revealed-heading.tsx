/**
 * The heading of a section that appears in answer to something the user did. When `reveal` is set
 * it scrolls its section to the top of the window and takes the focus, so the answer is in view and
 * screen readers start reading there (the control that was pressed may be gone or off-screen).
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { revealElement } from '../hooks/use-reveal.js';

interface Props {
  readonly level: 2 | 3;
  readonly id?: string;
  readonly reveal: boolean;
  readonly children: ReactNode;
}

export function RevealedHeading({ level, id, reveal, children }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const heading = ref.current;
    // The answer is the heading's section: an action marked in it comes into view too.
    if (reveal) revealElement(heading, heading, heading?.closest<HTMLElement>('section, .panel') ?? heading);
  }, [reveal]);
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag id={id} ref={ref} tabIndex={-1}>
      {children}
    </Tag>
  );
}
