import { Alert } from './components.tsx';
import { useSkin } from '../builds/use-skin.ts';
import { Layout } from './layout.tsx';

/** A readable refusal: a heading, an alert saying why, a way back. Both texts in the skin's words. */
export function ErrorPage(p: { title: string; message: string }) {
  const { t, say } = useSkin();
  return (
    <Layout title={say(p.title)}>
      <h1>{say(p.title)}</h1>
      <Alert message={say(p.message)} />
      <p>
        <a href="/">{t("Retour à l'accueil")}</a>
      </p>
    </Layout>
  );
}

export function errorPage(_status: number, title: string, message: string) {
  return <ErrorPage title={title} message={message} />;
}
