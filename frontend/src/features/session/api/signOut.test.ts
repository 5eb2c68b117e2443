import { describe, expect, it } from 'vitest';
import { session } from '@/test/fixtures';
import { page, problem, requests, stubApi } from '@/test/fetchStub';
import { api, dataOf } from '@/lib/api';
import { sessionStore } from '@/lib/session';
import { signOut } from './signOut';

describe('signOut', () => {
  it('is a sign-out, not an expired session, when a call the page still makes is refused while the session ends', async () => {
    sessionStore.start(session('editor', 'leaving'));
    let ended: () => void = () => undefined;
    stubApi({
      // the server ends the session; its answer is still on its way when the page's other call comes back
      'DELETE /sessions/current': () => new Promise((resolve) => (ended = () => resolve({ status: 204 }))),
      'POST /sessions/refresh': () => problem(401, 'Geen geldige sessie meer.'),
      '/saved-searches': () => problem(401, 'De sessie is beëindigd.'),
    });

    const leaving = signOut();
    await expect(dataOf(api.GET('/saved-searches'))).rejects.toMatchObject({ status: 401 });
    ended();
    await leaving;

    expect(sessionStore.get()).toEqual({ status: 'signed-out', ended: 'signed-out' });
  });

  it('asks again as anyone when a public call is refused because the session ended under it', async () => {
    sessionStore.start(session('editor', 'leaving'));
    let ended: () => void = () => undefined;
    const stub = stubApi({
      'DELETE /sessions/current': () => new Promise((resolve) => (ended = () => resolve({ status: 204 }))),
      '/domains': (_url, request) =>
        request.headers.has('Authorization') ? problem(401, 'De sessie is beëindigd.') : { body: page([]) },
    });

    const leaving = signOut();
    await expect(dataOf(api.GET('/domains'))).resolves.toMatchObject({ totalItems: 0 });
    ended();
    await leaving;

    const domains = requests(stub).filter((request) => request.url.endsWith('/domains'));
    expect(domains.map((request) => request.headers.get('Authorization'))).toEqual(['Bearer leaving', null]);
  });
});
