'use strict';
// A Node.js-style target for the diagnosis matrix: the social API contract, as far as the project's simulation flows
// use it (HTTP, chat and game WebSockets), on one event-loop thread, with what a typical Node service exposes:
// - pino-http request lines ({"level":30,"time":<ms>,"req":{...},"res":{"statusCode"},"responseTime","msg"}),
// - prom-client metrics (process_*, nodejs_*, http_request_duration_seconds with prom-client's default buckets and
//   route templates in Express's ":id" form, sanctum_* series, the backpressure counter WITHOUT a channel label),
// - a WebSocket upgrade handler that answers 404 to any other upgrade, such as Java's "Upgrade: h2c" (as `ws` does).
// Faults: PUT /admin/faults with the reference app's JSON (see faults.js). No dependencies beyond Node itself.
// Usage: node server.js --log <file> [--port 0]; prints "listening on http://127.0.0.1:<port>" once ready.

const http = require('http');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const { Faults } = require('./faults');
const { Registry } = require('./metrics');
const { acceptWebSocket } = require('./websocket');

const args = parseArgs(process.argv.slice(2));
const logStream = fs.createWriteStream(args.log, { flags: 'a' });
const hostname = os.hostname();
const faults = new Faults();
const metrics = new Registry();
const DEFAULT_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const httpRequests = metrics.counter('http_requests_total', 'Total HTTP requests', ['method', 'route', 'status']);
const httpDuration = metrics.histogram('http_request_duration_seconds', 'HTTP request duration in seconds',
  ['method', 'route', 'status_code'], DEFAULT_BUCKETS);
const dbLatency = metrics.histogram('sanctum_database_query_latency_seconds', 'Database query latency',
  ['operation'], DEFAULT_BUCKETS);
const activeSockets = metrics.gauge('sanctum_active_websockets', 'Open WebSocket sessions', ['channel']);
const wsConnections = metrics.counter('sanctum_websocket_connections_total', 'WebSocket connection attempts',
  ['channel', 'outcome']);
const backpressureDrops = metrics.counter('sanctum_websocket_backpressure_drops_total',
  'Outbound WebSocket frames dropped for slow consumers', []);
const messageThroughput = metrics.counter('sanctum_message_throughput_total', 'Messages accepted', ['channel']);

function log(level, fields, msg) {
  logStream.write(JSON.stringify({ level, time: Date.now(), pid: process.pid, hostname, ...fields, msg }) + '\n');
}

// ---- the in-memory "database": every operation is named, timed and subject to the database faults ----
const db = { users: [], byEmail: new Map(), tokens: new Map(), posts: [], notifications: [], friendRequests: [],
  conversations: [], messages: [], rooms: [], likes: new Set() };

async function query(operation, work) {
  const start = process.hrtime.bigint();
  if (faults.databaseUnavailable()) {
    throw new HttpError(503, 'database unavailable');
  }
  const delay = faults.databaseDelayFor(operation);
  if (delay > 0) {
    await sleep(delay);
  }
  try {
    return work();
  } finally {
    dbLatency.observe({ operation }, Number(process.hrtime.bigint() - start) / 1e9);
  }
}

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

// ---- routes ----
const routes = [];
function route(method, template, handler, open = false) {
  const pattern = new RegExp('^' + template.replace(/:[a-z_]+/g, '(\\d+)') + '$');
  routes.push({ method, template, pattern, handler, open });
}

function now() {
  return new Date().toISOString();
}

function publicUser(user) {
  return { id: user.id, username: user.username, email: user.email };
}

function requireText(body, field, max = 5000) {
  const value = body[field];
  if (typeof value !== 'string' || value.length === 0 || value.length > max) {
    throw new HttpError(400, `${field}: expected a non-empty string of at most ${max} characters`);
  }
  return value;
}

function hash(password, salt) {
  return crypto.pbkdf2Sync(password, salt, 1000, 32, 'sha256').toString('hex');
}

async function issueToken(user) {
  const token = crypto.randomBytes(24).toString('hex');
  await query('token_insert', () => db.tokens.set(token, user.id));
  return token;
}

route('POST', '/api/auth/signup', async (ctx) => {
  const username = requireText(ctx.body, 'username', 50);
  const email = requireText(ctx.body, 'email', 200);
  const password = requireText(ctx.body, 'password', 200);
  const taken = await query('user_taken', () => db.byEmail.has(email) || db.users.some((u) => u.username === username));
  if (taken) {
    throw new HttpError(409, 'username or email already taken');
  }
  const salt = crypto.randomBytes(8).toString('hex');
  const user = await query('user_insert', () => {
    const created = { id: db.users.length + 1, username, email, salt, hash: hash(password, salt) };
    db.users.push(created);
    db.byEmail.set(email, created);
    return created;
  });
  return [201, { token: await issueToken(user), user: publicUser(user) }];
}, true);

route('POST', '/api/auth/login', async (ctx) => {
  const email = requireText(ctx.body, 'email', 200);
  const password = requireText(ctx.body, 'password', 200);
  const user = await query('user_by_email', () => db.byEmail.get(email));
  if (!user || user.hash !== hash(password, user.salt)) {
    throw new HttpError(401, 'bad credentials');
  }
  return [200, { token: await issueToken(user), user: publicUser(user) }];
}, true);

route('GET', '/api/users/me', async (ctx) => [200, publicUser(await userById(ctx.userId))]);

const tickets = new Map();
route('POST', '/api/ws/ticket', async (ctx) => {
  const ticket = crypto.randomBytes(16).toString('hex');
  tickets.set(ticket, { userId: ctx.userId, expires: Date.now() + 30_000 });
  return [200, { ticket, ttl_seconds: 30 }];
});

function limit(ctx, max) {
  const value = Number(ctx.query.get('limit') || 20);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new HttpError(400, `limit: expected an integer between 1 and ${max}`);
  }
  return value;
}

route('GET', '/api/posts', async (ctx) => {
  const n = limit(ctx, 100);
  return [200, await query('post_list', () => db.posts.slice(-n).reverse())];
});

route('POST', '/api/posts', async (ctx) => {
  const title = requireText(ctx.body, 'title', 200);
  const content = requireText(ctx.body, 'content');
  const post = await query('post_insert', () => {
    const created = { id: db.posts.length + 1, author_id: ctx.userId, title, content, post_type: 'text',
      like_count: 0, comment_count: 0, created_at: now() };
    db.posts.push(created);
    return created;
  });
  return [201, post];
});

async function postById(id) {
  const post = await query('post_by_id', () => db.posts[id - 1]);
  if (!post) {
    throw new HttpError(404, 'no such post');
  }
  return post;
}

function notify(userId, kind, fields) {
  db.notifications.push({ id: db.notifications.length + 1, user_id: userId, type: kind, ...fields, created_at: now() });
}

route('POST', '/api/posts/:id/like', async (ctx) => {
  const post = await postById(ctx.params[0]);
  const key = `${post.id}:${ctx.userId}`;
  const created = await query('post_like', () => {
    if (db.likes.has(key)) {
      return false;
    }
    db.likes.add(key);
    post.like_count++;
    notify(post.author_id, 'like', { post_id: post.id, actor_id: ctx.userId });
    return true;
  });
  return [created ? 201 : 200, { post_id: post.id, liked: true }];
});

route('DELETE', '/api/posts/:id/like', async (ctx) => {
  const post = await postById(ctx.params[0]);
  const key = `${post.id}:${ctx.userId}`;
  const removed = await query('post_unlike', () => db.likes.delete(key) && post.like_count--  >= 0);
  if (!removed) {
    throw new HttpError(404, 'not liked');
  }
  return [204, null];
});

route('POST', '/api/posts/:id/comments', async (ctx) => {
  const post = await postById(ctx.params[0]);
  const content = requireText(ctx.body, 'content');
  const comment = await query('comment_insert', () => {
    post.comment_count++;
    notify(post.author_id, 'comment', { post_id: post.id, actor_id: ctx.userId });
    return { id: post.comment_count, post_id: post.id, author_id: ctx.userId, content, created_at: now() };
  });
  return [201, comment];
});

route('GET', '/api/notifications', async (ctx) => {
  const n = limit(ctx, 100);
  return [200, await query('notification_list',
    () => db.notifications.filter((x) => x.user_id === ctx.userId).slice(-n).reverse())];
});

async function userById(id) {
  const user = await query('user_by_id', () => db.users[id - 1]);
  if (!user) {
    throw new HttpError(404, 'no such user');
  }
  return user;
}

function friendship(a, b) {
  return db.friendRequests.find((r) => (r.requester_id === a && r.addressee_id === b)
    || (r.requester_id === b && r.addressee_id === a));
}

route('POST', '/api/friends/requests/:id', async (ctx) => {
  const other = await userById(ctx.params[0]);
  if (other.id === ctx.userId) {
    throw new HttpError(400, 'userId: cannot befriend yourself');
  }
  const request = await query('friend_request_insert', () => {
    if (friendship(ctx.userId, other.id)) {
      return null;
    }
    const created = { id: db.friendRequests.length + 1, requester_id: ctx.userId, addressee_id: other.id,
      status: 'pending', created_at: now() };
    db.friendRequests.push(created);
    notify(other.id, 'friend_request', { actor_id: ctx.userId });
    return created;
  });
  if (!request) {
    throw new HttpError(409, 'already pending or friends');
  }
  return [201, request];
});

route('GET', '/api/friends/requests', async (ctx) => [200, await query('friend_request_received',
  () => db.friendRequests.filter((r) => r.addressee_id === ctx.userId && r.status === 'pending'))]);

route('GET', '/api/friends/requests/sent', async (ctx) => [200, await query('friend_request_sent',
  () => db.friendRequests.filter((r) => r.requester_id === ctx.userId))]);

route('POST', '/api/friends/requests/:id/accept', async (ctx) => {
  const request = await query('friend_request_by_id', () => db.friendRequests[ctx.params[0] - 1]);
  if (!request) {
    throw new HttpError(404, 'no such friend request');
  }
  if (request.addressee_id !== ctx.userId) {
    throw new HttpError(403, 'only the addressee may accept');
  }
  if (request.status === 'accepted') {
    throw new HttpError(409, 'already accepted');
  }
  await query('friend_request_accept', () => { request.status = 'accepted'; });
  return [200, request];
});

route('GET', '/api/friends/status/:id', async (ctx) => {
  await userById(ctx.params[0]);
  const request = await query('friend_status', () => friendship(ctx.userId, ctx.params[0]));
  const status = !request ? 'none' : request.status === 'accepted' ? 'friends' : 'pending';
  return [200, { status }];
});

route('GET', '/api/friends', async (ctx) => [200, await query('friend_list', () => db.friendRequests
  .filter((r) => r.status === 'accepted' && (r.requester_id === ctx.userId || r.addressee_id === ctx.userId))
  .map((r) => publicUser(db.users[(r.requester_id === ctx.userId ? r.addressee_id : r.requester_id) - 1])))]);

function conversationView(conversation, userId) {
  return { id: conversation.id, is_group: conversation.is_group,
    participants: conversation.participants.map((id) => ({ id, username: db.users[id - 1].username })),
    unread_count: db.messages.filter((m) => m.conversation_id === conversation.id && m.sender_id !== userId
      && m.id > (conversation.readUpTo[userId] || 0)).length,
    last_message_at: conversation.last_message_at };
}

route('POST', '/api/conversations', async (ctx) => {
  const ids = ctx.body.participant_ids;
  if (ctx.body.is_group !== false || !Array.isArray(ids) || ids.length !== 1 || !Number.isInteger(ids[0])) {
    throw new HttpError(400, 'expected {"is_group": false, "participant_ids": [<user id>]}');
  }
  const other = await userById(ids[0]);
  const [status, conversation] = await query('conversation_open', () => {
    const existing = db.conversations.find((c) => c.participants.includes(ctx.userId)
      && c.participants.includes(other.id) && c.participants.length === 2);
    if (existing) {
      return [200, existing];
    }
    const created = { id: db.conversations.length + 1, is_group: false,
      participants: [ctx.userId, other.id].filter((v, i, a) => a.indexOf(v) === i), readUpTo: {},
      last_message_at: null };
    db.conversations.push(created);
    return [201, created];
  });
  return [status, conversationView(conversation, ctx.userId)];
});

route('GET', '/api/conversations', async (ctx) => [200, await query('conversation_list', () => db.conversations
  .filter((c) => c.participants.includes(ctx.userId)).map((c) => conversationView(c, ctx.userId)))]);

async function conversationFor(id, userId) {
  const conversation = await query('conversation_participants', () => db.conversations[id - 1]);
  if (!conversation) {
    throw new HttpError(404, 'no such conversation');
  }
  if (!conversation.participants.includes(userId)) {
    throw new HttpError(403, 'not a participant');
  }
  return conversation;
}

async function addMessage(conversation, senderId, content, clientMsgId) {
  return query('message_insert', () => {
    const message = { id: db.messages.length + 1, conversation_id: conversation.id, sender_id: senderId, content,
      message_type: 'text', client_msg_id: clientMsgId, created_at: now() };
    db.messages.push(message);
    conversation.last_message_at = message.created_at;
    return message;
  });
}

route('POST', '/api/conversations/:id/messages', async (ctx) => {
  const conversation = await conversationFor(ctx.params[0], ctx.userId);
  const message = await addMessage(conversation, ctx.userId, requireText(ctx.body, 'content'), undefined);
  messageThroughput.inc({ channel: 'dm' });
  return [201, message];
});

route('GET', '/api/conversations/:id/messages', async (ctx) => {
  const conversation = await conversationFor(ctx.params[0], ctx.userId);
  const n = limit(ctx, 200);
  return [200, await query('message_list',
    () => db.messages.filter((m) => m.conversation_id === conversation.id).slice(-n).reverse())];
});

route('POST', '/api/conversations/:id/read', async (ctx) => {
  const conversation = await conversationFor(ctx.params[0], ctx.userId);
  await query('conversation_read', () => { conversation.readUpTo[ctx.userId] = db.messages.length; });
  return [200, { conversation_id: conversation.id, read: true }];
});

function roomView(room) {
  return { id: room.id, type: room.type, creator_id: room.creator_id, opponent_id: room.opponent_id,
    status: room.status };
}

route('POST', '/api/games/rooms', async (ctx) => {
  if (ctx.body.type !== 'othello') {
    throw new HttpError(400, 'type: expected "othello"');
  }
  const room = await query('game_room_insert', () => {
    const board = Array.from({ length: 8 }, () => Array(8).fill(0));
    board[3][3] = 2; board[4][4] = 2; board[3][4] = 1; board[4][3] = 1;
    const created = { id: db.rooms.length + 1, type: 'othello', creator_id: ctx.userId, opponent_id: null,
      status: 'waiting', board, turn: 1, sockets: new Set() };
    db.rooms.push(created);
    return created;
  });
  return [201, roomView(room)];
});

route('GET', '/api/games/rooms/:id', async (ctx) => {
  const room = await query('game_room_by_id', () => db.rooms[ctx.params[0] - 1]);
  if (!room) {
    throw new HttpError(404, 'no such room');
  }
  return [200, roomView(room)];
});

route('GET', '/health/live', async () => [200, { status: 'up' }], true);
route('GET', '/health/ready', async () => [200, await query('health_check', () => ({ status: 'ready' }))], true);

// ---- request handling ----
const server = http.createServer((req, res) => {
  const started = process.hrtime.bigint();
  const requestId = req.headers['x-request-id'] || crypto.randomUUID();
  res.setHeader('X-Request-Id', requestId);
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    handle(req, res, Buffer.concat(chunks).toString('utf8'))
      .catch((e) => e)
      .then((outcome) => {
        const [status, payload, routeTemplate] = outcome instanceof HttpError
          ? [outcome.status, { error: outcome.message }, outcome.route]
          : outcome instanceof Error ? [500, { error: 'internal error' }, undefined] : outcome;
        if (outcome instanceof Error && !(outcome instanceof HttpError)) {
          log(50, { err: { type: outcome.name, message: outcome.message } }, 'unhandled error');
        }
        send(res, status, payload);
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const template = routeTemplate || (outcome instanceof HttpError ? outcome.template : undefined) || 'unmatched';
        if (req.url !== '/metrics') {
          httpRequests.inc({ method: req.method, route: template, status: String(status) });
          httpDuration.observe({ method: req.method, route: template, status_code: String(status) }, seconds);
        }
        log(status >= 500 ? 50 : status >= 400 ? 40 : 30, {
          req: { id: requestId, method: req.method, url: req.url },
          res: { statusCode: status }, responseTime: Math.round(seconds * 1000),
        }, status >= 500 ? 'request errored' : 'request completed');
      });
  });
});

function send(res, status, payload) {
  if (payload === null || status === 204) {
    res.writeHead(status);
    res.end();
    return;
  }
  if (typeof payload === 'string') {
    res.writeHead(status, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8' });
    res.end(payload);
    return;
  }
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(payload));
}

async function handle(req, res, rawBody) {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/metrics' && req.method === 'GET') {
    return [200, metrics.expose(), '/metrics'];
  }
  if (url.pathname === '/admin/faults') {
    return adminFaults(req, rawBody);
  }
  const matched = routes.find((r) => r.method === req.method && r.pattern.test(url.pathname));
  if (!matched) {
    throw new HttpError(404, 'no such route');
  }
  try {
    const ctx = { query: url.searchParams, params: matched.pattern.exec(url.pathname).slice(1).map(Number), body: {} };
    if (!matched.open) {
      ctx.userId = authenticate(req);
      const retryAfter = faults.rateLimited(ctx.userId);
      if (retryAfter > 0) {
        res.setHeader('Retry-After', String(retryAfter));
        throw new HttpError(429, `rate limit exceeded, retry after ${retryAfter} s`);
      }
    }
    if (rawBody.length > 0) {
      try {
        ctx.body = JSON.parse(rawBody);
      } catch (e) {
        throw new HttpError(400, 'malformed JSON body');
      }
      if (ctx.body === null || typeof ctx.body !== 'object') {
        throw new HttpError(400, 'expected a JSON object');
      }
    }
    const injected = await faults.beforeHandler(url.pathname);
    if (injected > 0) {
      throw new HttpError(injected, 'injected fault');
    }
    const [status, payload] = await matched.handler(ctx);
    return [status, payload, matched.template];
  } catch (e) {
    if (e instanceof HttpError) {
      e.route = matched.template;
    }
    throw e;
  }
}

function authenticate(req) {
  const header = req.headers.authorization || '';
  const userId = header.startsWith('Bearer ') ? db.tokens.get(header.slice(7).trim()) : undefined;
  if (userId === undefined) {
    throw new HttpError(401, 'missing or invalid bearer token');
  }
  return userId;
}

function adminFaults(req, rawBody) {
  if (req.method === 'GET') {
    return [200, faults.settings, '/admin/faults'];
  }
  if (req.method !== 'PUT') {
    throw Object.assign(new HttpError(405, 'GET or PUT'), { template: '/admin/faults' });
  }
  let settings;
  try {
    settings = JSON.parse(rawBody || '{}');
  } catch (e) {
    throw Object.assign(new HttpError(400, 'malformed JSON body'), { template: '/admin/faults' });
  }
  const problems = faults.replace(settings);
  if (problems.length > 0) {
    throw Object.assign(new HttpError(400, problems.join('; ')), { template: '/admin/faults' });
  }
  log(40, { faults: settings }, 'fault settings replaced');
  return [200, faults.settings, '/admin/faults'];
}

// ---- WebSockets (chat and game); any other upgrade (e.g. h2c) gets 404, as a `ws` server answers ----
server.on('upgrade', (req, socket) => {
  const url = new URL(req.url, 'http://localhost');
  const channel = url.pathname === '/api/ws/chat' ? 'chat' : url.pathname === '/api/ws/game' ? 'game' : null;
  const isWebSocket = (req.headers.upgrade || '').toLowerCase() === 'websocket';
  if (!channel || !isWebSocket) {
    socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    log(40, { req: { method: req.method, url: req.url, upgrade: req.headers.upgrade } }, 'upgrade refused');
    return;
  }
  const ticket = tickets.get(url.searchParams.get('ticket'));
  tickets.delete(url.searchParams.get('ticket'));
  const room = channel === 'game' ? db.rooms[Number(url.searchParams.get('room_id')) - 1] : undefined;
  if (!ticket || ticket.expires < Date.now() || (channel === 'game' && !room)) {
    wsConnections.inc({ channel, outcome: 'rejected' });
    socket.end('HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    return;
  }
  wsConnections.inc({ channel, outcome: 'accepted' });
  activeSockets.add({ channel }, 1);
  const peer = acceptWebSocket(req, socket, {
    onText: (text) => (channel === 'chat' ? chatFrame(peer, text) : gameFrame(peer, text)),
    onClose: () => {
      activeSockets.add({ channel }, -1);
      chatPeers.delete(peer);
      if (peer.room) {
        peer.room.sockets.delete(peer);
      }
    },
  });
  peer.userId = ticket.userId;
  peer.channel = channel;
  peer.room = room;
  peer.joined = new Set();
});

/** Sends a frame unless the websocket_drops fault drops it (counted as a backpressure drop, like a full queue). */
function deliver(peer, frame) {
  if (faults.dropFrame(peer.channel)) {
    backpressureDrops.inc({});
    return;
  }
  peer.sendText(JSON.stringify(frame));
}

const chatPeers = new Set();
function chatFrame(peer, text) {
  let frame;
  try {
    frame = JSON.parse(text);
  } catch (e) {
    return deliver(peer, { type: 'error', error: 'malformed JSON frame' });
  }
  const conversation = db.conversations[Number(frame.conversation_id) - 1];
  if (!conversation || !conversation.participants.includes(peer.userId)) {
    return deliver(peer, { type: 'error', error: 'not a participant of that conversation' });
  }
  if (frame.type === 'join') {
    peer.joined.add(conversation.id);
    chatPeers.add(peer);
    return deliver(peer, { type: 'joined', conversation_id: conversation.id });
  }
  const others = [...chatPeers].filter((p) => p.joined.has(conversation.id));
  if (frame.type === 'message' && typeof frame.content === 'string') {
    return addMessage(conversation, peer.userId, frame.content, frame.client_msg_id).then((message) => {
      messageThroughput.inc({ channel: 'chat' });
      others.forEach((p) => deliver(p, { type: 'message', conversation_id: conversation.id, id: message.id,
        sender_id: peer.userId, content: message.content, client_msg_id: frame.client_msg_id,
        created_at: message.created_at }));
    }, (e) => deliver(peer, { type: 'error', error: e.message }));
  }
  if (frame.type === 'read') {
    conversation.readUpTo[peer.userId] = db.messages.length;
    return others.forEach((p) => deliver(p, { type: 'read', conversation_id: conversation.id, user_id: peer.userId }));
  }
  return deliver(peer, { type: 'error', error: 'unknown frame type' });
}

function gameFrame(peer, text) {
  let frame;
  try {
    frame = JSON.parse(text);
  } catch (e) {
    return deliver(peer, { type: 'error', error: 'malformed JSON frame' });
  }
  const room = peer.room;
  const payload = frame.payload || {};
  if (frame.type === 'join_room') {
    if (peer.userId !== room.creator_id && room.opponent_id && room.opponent_id !== peer.userId) {
      return deliver(peer, { type: 'error', error: 'room full' });
    }
    room.sockets.add(peer);
    if (peer.userId !== room.creator_id && !room.opponent_id) {
      room.opponent_id = peer.userId;
      room.status = 'playing';
      return room.sockets.forEach((p) => deliver(p, { type: 'game_started', payload: gameState(room) }));
    }
    return deliver(peer, { type: 'game_state', payload: gameState(room) });
  }
  if (frame.type === 'chat') {
    messageThroughput.inc({ channel: 'game' });
    return room.sockets.forEach((p) => deliver(p, { type: 'chat', user_id: peer.userId, payload: { content: payload.content } }));
  }
  if (frame.type === 'make_move') {
    const color = peer.userId === room.creator_id ? 1 : 2;
    const flips = room.status === 'playing' && room.turn === color ? othelloFlips(room.board, payload.row, payload.column, color) : [];
    if (flips.length === 0) {
      return deliver(peer, { type: 'error', error: room.turn !== color ? 'not your turn' : 'illegal move' });
    }
    [[payload.row, payload.column], ...flips].forEach(([r, c]) => { room.board[r][c] = color; });
    room.turn = 3 - color;
    return room.sockets.forEach((p) => deliver(p, { type: 'move_made',
      payload: { row: payload.row, column: payload.column, player_id: peer.userId, state: gameState(room) } }));
  }
  return deliver(peer, { type: 'error', error: 'unknown frame type' });
}

function gameState(room) {
  return { room_id: room.id, status: room.status, board: room.board, turn: room.turn === 1 ? room.creator_id : room.opponent_id };
}

function othelloFlips(board, row, column, color) {
  if (!Number.isInteger(row) || !Number.isInteger(column) || row < 0 || row > 7 || column < 0 || column > 7
    || board[row][column] !== 0) {
    return [];
  }
  const flips = [];
  for (const [dr, dc] of [[-1, -1], [-1, 0], [-1, 1], [0, -1], [0, 1], [1, -1], [1, 0], [1, 1]]) {
    const line = [];
    let r = row + dr;
    let c = column + dc;
    while (r >= 0 && r < 8 && c >= 0 && c < 8 && board[r][c] === 3 - color) {
      line.push([r, c]);
      r += dr;
      c += dc;
    }
    if (line.length > 0 && r >= 0 && r < 8 && c >= 0 && c < 8 && board[r][c] === color) {
      flips.push(...line);
    }
  }
  return flips;
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function parseArgs(argv) {
  const parsed = { port: 0, log: null };
  for (let i = 0; i < argv.length; i += 2) {
    parsed[argv[i].replace(/^--/, '')] = argv[i + 1];
  }
  if (!parsed.log) {
    console.error('usage: node server.js --log <file> [--port <port>]');
    process.exit(2);
  }
  return parsed;
}

server.keepAliveTimeout = 30_000;
server.listen(Number(args.port), '127.0.0.1', () => {
  log(30, { port: server.address().port }, 'server listening');
  console.log(`listening on http://127.0.0.1:${server.address().port}`);
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    log(30, {}, 'shutting down');
    logStream.end(() => process.exit(0));
  });
}
