package dev.stressgate.socialapp.chat;

import dev.stressgate.socialapp.conversations.Message;
import dev.stressgate.socialapp.ws.FrameWriter;
import dev.stressgate.socialapp.ws.OutboundQueue;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who has joined which conversation on the chat WebSocket, and delivery to them. A message goes to
 * every joined connection of the conversation, the sender's own included.
 */
public final class ChatHub {

    private final FrameWriter frames;
    private final Map<Long, Set<OutboundQueue>> joined = new ConcurrentHashMap<>();

    public ChatHub(FrameWriter frames) {
        this.frames = frames;
    }

    /**
     * Joins and leaves change a conversation's set inside the map's atomic {@code compute}, so a leave that empties
     * and drops a set cannot lose a join made to it at the same moment.
     */
    void join(long conversationId, OutboundQueue connection) {
        joined.compute(conversationId, (id, connections) -> {
            Set<OutboundQueue> set = connections == null ? ConcurrentHashMap.newKeySet() : connections;
            set.add(connection);
            return set;
        });
        connection.offer(frames.write(new ChatFrames.Joined(conversationId)));
    }

    boolean hasJoined(long conversationId, OutboundQueue connection) {
        return joined.getOrDefault(conversationId, Set.of()).contains(connection);
    }

    void leaveAll(OutboundQueue connection) {
        for (Long conversationId : joined.keySet()) {
            joined.computeIfPresent(conversationId, (id, connections) -> {
                connections.remove(connection);
                return connections.isEmpty() ? null : connections;
            });
        }
    }

    /** Delivers a stored message to the conversation's joined connections ({@code clientMsgId} may be null). */
    public void deliver(Message message, String clientMsgId) {
        broadcast(message.conversationId(), frames.write(new ChatFrames.Delivered(message, clientMsgId)));
    }

    public void announceRead(long conversationId, long userId) {
        broadcast(conversationId, frames.write(new ChatFrames.Read(conversationId, userId)));
    }

    private void broadcast(long conversationId, String frame) {
        for (OutboundQueue connection : joined.getOrDefault(conversationId, Set.of())) {
            connection.offer(frame);
        }
    }
}
