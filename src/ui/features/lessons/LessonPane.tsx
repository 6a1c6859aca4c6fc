/**
 * A placeholder lesson until the lesson engine arrives: a short guided tour whose commands run
 * in the terminal when clicked.
 */
import { useCommands } from '../../state/commandStore';

const STEPS: { text: string; command: string }[] = [
  { text: 'See the nodes of your cluster. Each one is a machine that runs pods.', command: 'kubectl get nodes' },
  { text: 'Ask for three copies of a web server. Watch the pods appear in the graph.', command: 'kubectl create deployment web --image=nginx --replicas=3' },
  { text: 'List the pods the Deployment created, and where they run.', command: 'kubectl get pods -o wide' },
  { text: 'Scale up. The ReplicaSet creates the missing pods.', command: 'kubectl scale deployment web --replicas=5' },
  { text: 'Delete a pod by clicking it in the graph: the ReplicaSet replaces it.', command: 'kubectl get pods' },
];

export function LessonPane() {
  const requestCommand = useCommands((s) => s.requestCommand);
  return (
    <article className="lesson-pane" data-testid="lesson-pane" aria-label="Lesson">
      <h2>Your first Deployment</h2>
      <p>Type commands in the terminal, or click one below to run it. The graph shows what the cluster does in response.</p>
      <ol>
        {STEPS.map((s) => (
          <li key={s.command}>
            <p>{s.text}</p>
            <button type="button" className="lesson-command" onClick={() => requestCommand(s.command)} title="Run in the terminal">
              <code>{s.command}</code>
            </button>
          </li>
        ))}
      </ol>
    </article>
  );
}
