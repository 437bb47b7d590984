import { useLayoutEffect, useState, type RefObject } from 'react';
import { usePresentation } from '../workshop/presentation';

/**
 * The font size in px of an element, for layouts measured in type (virtualised card rows, chart
 * labels): it changes when present mode starts or ends and, while presenting, with the window's
 * width (projector type scales with the screen).
 */
export function useFontPx(ref: RefObject<HTMLElement | null>, fallback = 15): number {
  const presenting = usePresentation((s) => s.presenting);
  const [px, setPx] = useState(fallback);
  useLayoutEffect(() => {
    const measure = () => {
      const value = ref.current ? parseFloat(getComputedStyle(ref.current).fontSize) : fallback;
      if (value > 0) setPx(value);
    };
    measure();
    if (!presenting) return;
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [presenting, ref, fallback]);
  return px;
}
