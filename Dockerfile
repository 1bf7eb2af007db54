# figaudit in a container, for machines without Rust:
#   docker build --build-arg FIGAUDIT_COMMIT="$(git rev-parse --short=12 HEAD)" -t figaudit .
#   docker run --rm -v "$PWD:/work" figaudit check rules/
# Multi-stage: the build stage compiles with the lock file; the final image
# holds the stripped binary on a slim Debian of the same release (the binary
# links only glibc and libgcc_s, both in it).
FROM rust:1-slim-bookworm AS build
WORKDIR /src
# `figaudit --version` names it; the context has no .git (.dockerignore).
ARG FIGAUDIT_COMMIT=
COPY . .
RUN cargo build --release --locked && cp target/release/figaudit /figaudit

FROM debian:bookworm-slim
COPY --from=build /figaudit /usr/local/bin/figaudit
# Reports and relative paths are the mounted repository's.
WORKDIR /work
ENTRYPOINT ["figaudit"]
CMD ["--help"]
