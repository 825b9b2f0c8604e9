/**
 * The page's way to choose a workbook: a button that opens the browser's
 * file chooser through a hidden file input (the tests set its files by its
 * test id). The chosen file is handed to `onFile` once, and the input is
 * emptied at once, so choosing the same file again is a new choice.
 * Grading (WebApp.tsx) and verify (VerifySection.tsx) both use it.
 */
import { Button, makeStyles, type ButtonProps } from "@fluentui/react-components";
import { useRef } from "react";

const useStyles = makeStyles({
  hidden: { display: "none" },
});

export interface FilePickerProps {
  /** The button's text, and the input's accessible name. */
  readonly label: string;
  readonly testId: string;
  readonly appearance: ButtonProps["appearance"];
  readonly disabled: boolean;
  readonly onFile: (file: File) => void;
}

export function FilePicker({ label, testId, appearance, disabled, onFile }: FilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".xlsx,.xlsm"
        aria-label={label}
        data-testid={testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) onFile(file);
        }}
      />
      <Button appearance={appearance} disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
    </>
  );
}
