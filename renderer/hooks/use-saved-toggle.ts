/**
 * A checkbox backed by a setting: it flips at once (so the click is felt and seen), then the
 * setting is saved; a failed save flips it back.
 */
import { useEffect, useState } from 'react';

export function useSavedToggle(
  saved: boolean,
  save: (on: boolean) => Promise<boolean>,
): readonly [boolean, (on: boolean) => void] {
  const [value, setValue] = useState(saved);
  useEffect(() => setValue(saved), [saved]);
  function change(on: boolean): void {
    setValue(on);
    void save(on).then((stored) => {
      if (!stored) setValue(!on);
    });
  }
  return [value, change] as const;
}
