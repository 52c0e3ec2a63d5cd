/**
 * The floor for the board benchmark: a bare React Flow page with `?n=` default nodes in a
 * grid and nothing else, built by scripts/bench/build-bare-flow.mjs. The same pan and zoom
 * script runs here and on the Star board, so their frame times compare like for like.
 */
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';
import { ReactFlow, type Node } from '@xyflow/react';

const n = Number(new URLSearchParams(window.location.search).get('n') ?? '500');
const columns = Math.ceil(Math.sqrt(n * 1.5));
const nodes: Node[] = Array.from({ length: n }, (_, i) => ({
  id: String(i),
  position: { x: (i % columns) * 240, y: Math.floor(i / columns) * 132 },
  data: { label: `Card ${String(i + 1)}` },
}));

function Bare() {
  return (
    <div style={{ width: '100vw', height: '100vh' }}>
      <ReactFlow nodes={nodes} edges={[]} fitView minZoom={0.05} />
    </div>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Bare />);
