/** Shown when the lesson catalogue cannot be read: a short tour in the lessons' own markdown. */
export const PLACEHOLDER_LESSON = `# Your first Deployment

Type commands in the terminal, or press **Run** on one below. The graph shows what the cluster
does in response.

See the nodes of your cluster. Each one is a machine that runs pods.

\`\`\`sh
kubectl get nodes
\`\`\`

Ask for three copies of a web server and watch the pods appear in the graph.

\`\`\`sh
kubectl create deployment web --image=nginx --replicas=3
\`\`\`

List the pods the Deployment created, and where they run.

\`\`\`sh
kubectl get pods -o wide
\`\`\`

Scale up: the ReplicaSet creates the missing pods.

\`\`\`sh
kubectl scale deployment web --replicas=5
\`\`\`

Delete a pod by clicking it in the graph: the ReplicaSet replaces it.
`;
