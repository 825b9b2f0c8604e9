/**
 * PLACEHOLDER so the add-in builds before the real pane lands; the task pane
 * engineer replaces this file. index.tsx renders `<App />` (default export,
 * no props) inside a FluentProvider.
 */
import { Body1, Title3 } from "@fluentui/react-components";

export default function App() {
  return (
    <main style={{ padding: 16 }}>
      <Title3 as="h1">绩效考评 · Appraise</Title3>
      <Body1 as="p">正在建设中。Coming soon.</Body1>
    </main>
  );
}
