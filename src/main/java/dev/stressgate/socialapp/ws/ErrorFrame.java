package dev.stressgate.socialapp.ws;

/** {@code {"type":"error","error":"..."}}, the same on both WebSockets. */
public record ErrorFrame(String type, String error) {
    public ErrorFrame(String error) {
        this("error", error);
    }
}
