// The benchmarks measure the server they started, or stop: a port already served by another process
// (a floor server left running by hand once answered in its place) and a server that exits before it
// answers are refused with what happened, not measured nor waited out.
import { spawn } from 'node:child_process';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { started } from './bench-server';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((f) => f()));

describe('started: the server the bench starts, answering on its port', () => {
  it('refuses a port another process already listens on, without starting anything', async () => {
    const port = await freePort();
    const other = net.createServer((c) => c.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')).listen(port, '127.0.0.1');
    cleanup.push(() => other.close());
    await new Promise((r) => other.once('listening', r));
    let spawned = false;
    await expect(
      started(port, 'the floor server', () => {
        spawned = true;
        return spawn(process.execPath, ['-e', '']);
      }),
    ).rejects.toThrow(`the floor server: port ${port} is already in use`);
    expect(spawned).toBe(false);
  });

  it('fails when the server exits before it answers, saying so (not "did not answer" after the wait)', async () => {
    const port = await freePort();
    await expect(started(port, 'the app server', () => spawn(process.execPath, ['-e', 'process.exit(3)']))).rejects.toThrow(
      `the app server exited (3) before it answered on port ${port}`,
    );
  });

  it('resolves with the child once it answers /', async () => {
    const port = await freePort();
    const child = await started(port, 'a server', () =>
      spawn(process.execPath, ['-e', `require('node:http').createServer((q, s) => s.end('ok')).listen(${port}, '127.0.0.1')`]),
    );
    cleanup.push(() => child.kill());
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('ok');
    expect(child.exitCode).toBeNull();
  });
});
