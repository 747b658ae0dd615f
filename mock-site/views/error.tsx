import { Alert } from './components.tsx';
import { Layout } from './layout.tsx';

/** A readable refusal: a heading, an alert saying why, a way back. */
export function errorPage(_status: number, title: string, message: string) {
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <Alert message={message} />
      <p>
        <a href="/">Retour à l'accueil</a>
      </p>
    </Layout>
  );
}
