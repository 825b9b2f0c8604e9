import { Link } from "@fluentui/react-components";
import type { ReactNode } from "react";

/** Selects a cell of the open workbook; absent where there is none (the web page grades a file, not an open workbook). */
export type SelectCell = ((address: string) => void) | undefined;

export interface CellLinkProps {
  readonly address: string;
  readonly onSelectCell: SelectCell;
  readonly className?: string;
  readonly inline?: boolean;
  readonly "aria-label"?: string;
  readonly "aria-describedby"?: string;
  /** What the link shows; `plain` instead when there is no workbook to go to (default: the same). */
  readonly children: ReactNode;
  readonly plain?: ReactNode;
}

/**
 * A link that selects `address` in the open workbook, or, in a host with no
 * open workbook (onSelectCell absent), the same place as plain text: a
 * button that does nothing would only mislead. The plain text carries no
 * ARIA names: they describe the link's action.
 */
export function CellLink({ address, onSelectCell, className, inline, plain, children, ...aria }: CellLinkProps) {
  if (onSelectCell === undefined) return <span className={className}>{plain === undefined ? children : plain}</span>;
  return (
    <Link as="button" inline={inline} className={className} {...aria} onClick={() => onSelectCell(address)}>
      {children}
    </Link>
  );
}
