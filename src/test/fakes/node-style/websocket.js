'use strict';
// The server side of RFC 6455 for text frames: the opening handshake, unmasking client frames (fragmented or not),
// ping/pong and the close handshake. Enough for Gatling's WebSocket client; no extensions.
const crypto = require('crypto');

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function acceptWebSocket(req, socket, { onText, onClose }) {
  const accept = crypto.createHash('sha1').update(req.headers['sec-websocket-key'] + GUID).digest('base64');
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n'
    + `Sec-WebSocket-Accept: ${accept}\r\n\r\n`);
  socket.setNoDelay(true);
  let buffered = Buffer.alloc(0);
  let fragments = [];
  let closed = false;
  const peer = {
    sendText(text) {
      if (!closed) {
        socket.write(frame(0x1, Buffer.from(text, 'utf8')));
      }
    },
  };
  const finish = () => {
    if (!closed) {
      closed = true;
      onClose();
    }
  };
  socket.on('data', (chunk) => {
    buffered = Buffer.concat([buffered, chunk]);
    for (;;) {
      const parsed = parse(buffered);
      if (!parsed) {
        return;
      }
      buffered = buffered.subarray(parsed.length);
      if (parsed.opcode === 0x8) {
        socket.end(frame(0x8, parsed.payload.subarray(0, 2)));
        finish();
        return;
      }
      if (parsed.opcode === 0x9) {
        socket.write(frame(0xA, parsed.payload));
      } else if (parsed.opcode === 0x1 || parsed.opcode === 0x0) {
        fragments.push(parsed.payload);
        if (parsed.fin) {
          const text = Buffer.concat(fragments).toString('utf8');
          fragments = [];
          onText(text);
        }
      }
    }
  });
  socket.on('close', finish);
  socket.on('error', finish);
  return peer;
}

function parse(buffer) {
  if (buffer.length < 2) {
    return null;
  }
  const fin = (buffer[0] & 0x80) !== 0;
  const opcode = buffer[0] & 0x0f;
  const masked = (buffer[1] & 0x80) !== 0;
  let length = buffer[1] & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (buffer.length < 4) return null;
    length = buffer.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (buffer.length < 10) return null;
    length = Number(buffer.readBigUInt64BE(2));
    offset = 10;
  }
  const maskOffset = offset;
  if (masked) offset += 4;
  if (buffer.length < offset + length) {
    return null;
  }
  const payload = Buffer.from(buffer.subarray(offset, offset + length));
  if (masked) {
    for (let i = 0; i < payload.length; i++) {
      payload[i] ^= buffer[maskOffset + (i % 4)];
    }
  }
  return { fin, opcode, payload, length: offset + length };
}

function frame(opcode, payload) {
  const header = payload.length < 126 ? Buffer.from([0x80 | opcode, payload.length])
    : payload.length < 65536 ? Buffer.from([0x80 | opcode, 126, payload.length >> 8, payload.length & 0xff])
      : Buffer.concat([Buffer.from([0x80 | opcode, 127]), bigLength(payload.length)]);
  return Buffer.concat([header, payload]);
}

function bigLength(length) {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64BE(BigInt(length));
  return bytes;
}

module.exports = { acceptWebSocket };
