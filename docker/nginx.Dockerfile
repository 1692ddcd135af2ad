# Nginx for House Planner: Debian's build, whose brotli filter module nginx.conf loads (the
# official nginx image has no brotli). The same packages the tests run on Debian 12.
FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends nginx libnginx-mod-http-brotli-filter \
    && rm -rf /var/lib/apt/lists/* \
    && ln -sf /dev/stdout /var/log/nginx/access.log \
    && ln -sf /dev/stderr /var/log/nginx/error.log
EXPOSE 80 443
STOPSIGNAL SIGQUIT
HEALTHCHECK --interval=15s --timeout=5s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/443"]
CMD ["nginx", "-c", "/etc/nginx/house-planner/nginx.conf", "-g", "daemon off;"]
