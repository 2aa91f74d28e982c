package dev.stressgate.socialapp.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Serialises server frames with the app's JSON conventions. */
public final class FrameWriter {

    private final ObjectMapper mapper;

    public FrameWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Object frame) {
        try {
            return mapper.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot serialise " + frame.getClass().getSimpleName(), e);
        }
    }
}
