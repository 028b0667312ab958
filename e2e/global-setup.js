// Starts two Weerbaar servers from the binary built by cargo: one with demo data (most
// tests) and one on an empty database (the first-setup page), plus an SMTP sink that
// writes every message to a folder the tests read.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

function smtpSink(dir) {
  let n = 0;
  const server = net.createServer((sock) => {
    let buf = '';
    let inData = false;
    let data = '';
    let rcpt = [];
    sock.write('220 sink.test ESMTP\r\n');
    sock.on('data', (chunk) => {
      buf += chunk.toString('utf8');
      let i;
      while ((i = buf.indexOf('\r\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            n += 1;
            fs.writeFileSync(path.join(dir, `${Date.now()}-${n}.eml`), `X-Rcpt: ${rcpt.join(',')}\r\n${data}`);
            data = '';
            sock.write('250 OK\r\n');
          } else {
            data += (line.startsWith('.') ? line.slice(1) : line) + '\r\n';
          }
          continue;
        }
        const u = line.toUpperCase();
        if (u.startsWith('EHLO') || u.startsWith('HELO')) sock.write('250-sink.test\r\n250 8BITMIME\r\n');
        else if (u.startsWith('MAIL FROM')) { rcpt = []; sock.write('250 OK\r\n'); }
        else if (u.startsWith('RCPT TO')) { rcpt.push(line.slice(8).trim().replace(/[<>]/g, '')); sock.write('250 OK\r\n'); }
        else if (u === 'DATA') { inData = true; sock.write('354 go ahead\r\n'); }
        else if (u === 'QUIT') { sock.write('221 bye\r\n'); sock.end(); }
        else sock.write('250 OK\r\n');
      }
    });
    sock.on('error', () => {});
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function startServer(bin, dataDir, extra, smtpPort) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const args = ['serve', '--listen', `127.0.0.1:${port}`, '--data-dir', dataDir, '--smtp-url', `smtp://127.0.0.1:${smtpPort}`, ...extra];
  const env = { ...process.env };
  delete env.WEERBAAR_DATABASE_URL;
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  let out = '';
  child.stdout.on('data', (d) => { out += d.toString(); });
  child.stderr.on('data', (d) => { out += d.toString(); });
  for (let i = 0; i < 300; i++) {
    try {
      const r = await fetch(`${url}/readyz`);
      if (r.ok) return { child, url, output: () => out };
    } catch (_) { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`Weerbaar did not start:\n${out}`);
}

module.exports = async () => {
  const bin = process.env.WEERBAAR_BIN;
  if (!bin || !fs.existsSync(bin)) throw new Error('WEERBAAR_BIN must name the built weerbaar binary');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-e2e-'));
  const maildir = path.join(root, 'mail');
  fs.mkdirSync(maildir);
  const sink = await smtpSink(maildir);
  const smtpPort = sink.address().port;
  const demo = await startServer(bin, path.join(root, 'demo'), ['--demo'], smtpPort);
  const fresh = await startServer(bin, path.join(root, 'fresh'), [], smtpPort);
  await new Promise((r) => setTimeout(r, 200));
  const m = fresh.output().match(/(http:\/\/\S+\/setup\/\S+)/);
  if (!m) throw new Error(`no setup link printed:\n${fresh.output()}`);
  process.env.WEERBAAR_E2E_URL = demo.url;
  process.env.WEERBAAR_E2E_SETUP_URL = m[1];
  process.env.WEERBAAR_E2E_MAILDIR = maildir;
  globalThis.__weerbaar = { demo, fresh, sink, root };
};
