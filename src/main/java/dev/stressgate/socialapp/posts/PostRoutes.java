package dev.stressgate.socialapp.posts;

import dev.stressgate.socialapp.http.Access;
import dev.stressgate.socialapp.http.Fields;
import dev.stressgate.socialapp.http.JsonBody;
import dev.stressgate.socialapp.http.Params;
import dev.stressgate.socialapp.http.RequestAttributes;
import dev.stressgate.socialapp.http.RouteGroup;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRouting;
import java.util.Set;

/** Feed, posts, likes and comments. */
public final class PostRoutes implements RouteGroup {

    private static final Set<String> POST_TYPES = Set.of("text", "image", "link");

    private final PostRepository posts;
    private final JsonBody body;

    public PostRoutes(PostRepository posts, JsonBody body) {
        this.posts = posts;
        this.body = body;
    }

    @Override
    public void register(JavalinDefaultRouting router) {
        router.get("/api/posts", this::list, Access.USER);
        router.post("/api/posts", this::create, Access.USER);
        router.post("/api/posts/{id}/like", this::like, Access.USER);
        router.delete("/api/posts/{id}/like", this::unlike, Access.USER);
        router.post("/api/posts/{id}/comments", this::comment, Access.USER);
    }

    private void list(Context ctx) {
        ctx.json(posts.latest(Params.limit(ctx, 20, 100)));
    }

    private void create(Context ctx) {
        NewPost request = body.read(ctx, NewPost.class);
        Post post = posts.create(
                RequestAttributes.userId(ctx),
                Fields.text("title", request.title(), 200),
                Fields.text("content", request.content(), 10_000),
                Fields.oneOf("post_type", request.postType(), "text", POST_TYPES));
        ctx.status(HttpStatus.CREATED).json(post);
    }

    private void like(Context ctx) {
        PostRepository.LikeResult result = posts.like(Params.id(ctx, "id"), RequestAttributes.userId(ctx))
                .orElseThrow(() -> new NotFoundResponse("post not found"));
        ctx.status(result.added() ? HttpStatus.CREATED : HttpStatus.OK).json(result.post());
    }

    private void unlike(Context ctx) {
        if (!posts.unlike(Params.id(ctx, "id"), RequestAttributes.userId(ctx))) {
            throw new NotFoundResponse("post not found or not liked");
        }
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void comment(Context ctx) {
        long postId = Params.id(ctx, "id");
        NewComment request = body.read(ctx, NewComment.class);
        String content = Fields.text("content", request.content(), 10_000);
        Comment comment = posts.comment(postId, RequestAttributes.userId(ctx), content)
                .orElseThrow(() -> new NotFoundResponse("post not found"));
        ctx.status(HttpStatus.CREATED).json(comment);
    }

    record NewPost(String title, String content, String postType) {}

    record NewComment(String content) {}
}
