// One open workshop for everything rendered inside it: the token, the session
// (role from the server), the control document, the board document where the
// page syncs it, and the API bound to this workshop. Until all of that is
// there it shows the loading, error or "gone" page instead of its children.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n';
import { CloseCode, type Role, type SessionInfo, type SessionResponse } from '@nws/shared';
import { api, ApiError, workshopApi, type WorkshopApi } from '../api';
import { forgetWorkshop, rememberedSession, rememberSession, takeToken } from '../tokens';
import { useDocConnection, type DocConnection } from '../sync/useDocConnection';
import { ErrorPage } from '../ui/ErrorPage';

export interface Workshop {
  workshopId: string;
  token: string;
  workshop: SessionResponse['workshop'];
  /** Who this browser is in the workshop. */
  session: SessionInfo;
  role: Role;
  isModerator: boolean;
  /** The shared screen only watches. */
  readOnly: boolean;
  /** tldraw's key from the server's config (fetched only with the board). */
  licenseKey: string | null;
  api: WorkshopApi;
  control: DocConnection;
  /** Null where the page syncs only the control document (the phone). */
  boardConnection: DocConnection | null;
}

const WorkshopContext = createContext<Workshop | null>(null);

/** The open workshop; only inside a WorkshopProvider. */
export function useWorkshop(): Workshop {
  const w = useContext(WorkshopContext);
  if (!w) throw new Error('useWorkshop outside a WorkshopProvider');
  return w;
}

/** The board document's connection; only inside a WorkshopProvider that syncs the board. */
export function useBoardConnection(): DocConnection {
  const conn = useWorkshop().boardConnection;
  if (!conn) throw new Error('this workshop page does not sync the board');
  return conn;
}

type Loaded = { session: SessionResponse; licenseKey: string | null };

interface Props {
  workshopId: string;
  /** Which stored token opens the workshop (the shared screen has its own). */
  tokenKind: 'board' | 'screen';
  /** Sync the board document too (the phone syncs only control, and never asks for the config). */
  withBoard: boolean;
  children: ReactNode;
}

export function WorkshopProvider({ workshopId, tokenKind, withBoard, children }: Props) {
  const { t } = useTranslation();
  const [token] = useState(() => takeToken(workshopId, tokenKind));
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(token ? null : 'no_token');

  useEffect(() => {
    if (!token) return;
    const config = withBoard ? api.config().then((c) => c.tldrawLicenseKey) : Promise.resolve(null);
    Promise.all([api.session(token), config]).then(
      ([session, licenseKey]) => {
        if (session.workshop.id !== workshopId) return setError('invalid_token');
        setLoaded({ session, licenseKey });
        rememberSession(workshopId, tokenKind, { session, licenseKey });
      },
      (err: unknown) => {
        // Offline: open with what this browser knew last time; the documents' local copies fill the page.
        const known = err instanceof ApiError && err.code !== 'network' ? null : offlineSession(workshopId, tokenKind);
        if (known) setLoaded(known);
        else setError(err instanceof ApiError ? err.code : 'network');
      },
    );
  }, [token, workshopId, withBoard, tokenKind]);

  const syncToken = loaded ? token : null;
  // The shared screen only watches: nothing of it is kept on the device.
  const keepLocal = tokenKind === 'board';
  const board = useDocConnection(workshopId, 'board', withBoard ? syncToken : null, keepLocal);
  const control = useDocConnection(workshopId, 'control', syncToken, keepLocal);
  const boundApi = useMemo(() => (token ? workshopApi(workshopId, token) : null), [workshopId, token]);

  const value = useMemo<Workshop | null>(() => {
    if (!loaded || !token || !boundApi || !control || (withBoard && !board)) return null;
    const { session, workshop } = loaded.session;
    return {
      workshopId,
      token,
      workshop,
      session,
      role: session.role,
      isModerator: session.role === 'moderator',
      readOnly: session.role === 'screen',
      licenseKey: loaded.licenseKey,
      api: boundApi,
      control,
      boardConnection: board,
    };
  }, [loaded, token, boundApi, control, board, withBoard, workshopId]);

  if (error) return <ErrorPage code={error} />;
  const gone = board?.finalCloseCode ?? control?.finalCloseCode ?? null;
  if (gone) return <GonePage workshopId={workshopId} code={gone} />;
  const refused = board?.authFailure ?? control?.authFailure ?? null;
  if (refused) return <ErrorPage code={refused} />;
  if (!value)
    return (
      <main className="page" aria-busy="true">
        {t('app.loading')}
      </main>
    );
  return <WorkshopContext.Provider value={value}>{children}</WorkshopContext.Provider>;
}

/** The session this browser remembered for a workshop, if it still fits. */
function offlineSession(workshopId: string, kind: 'board' | 'screen'): Loaded | null {
  const known = rememberedSession(workshopId, kind) as { session?: unknown; licenseKey?: unknown } | null;
  // Stored by this browser from the server's answer (perhaps by an older version): the workshop's id must fit,
  // and the fields the page reads must be there.
  const session = known?.session as SessionResponse | undefined;
  const who = session?.session;
  if (session?.workshop?.id !== workshopId || typeof session.workshop.name !== 'string') return null;
  if (typeof who?.id !== 'string' || typeof who.role !== 'string' || typeof who.name !== 'string') return null;
  return { session, licenseKey: typeof known?.licenseKey === 'string' ? known.licenseKey : null };
}

/**
 * The server closed for good: 4404, the workshop was deleted (forget our copy);
 * 4401, this person was removed or the link revoked or expired. Say which.
 */
function GonePage({ workshopId, code }: { workshopId: string; code: number }) {
  useEffect(() => {
    if (code === CloseCode.WorkshopGone || code === CloseCode.Unauthorized) void forgetWorkshop(workshopId);
  }, [workshopId, code]);
  if (code === CloseCode.WorkshopGone) return <ErrorPage code="unknown_workshop" />;
  return <ErrorPage code={code === CloseCode.Unauthorized ? 'session_removed' : 'invalid_token'} />;
}
