# Build: docker build -t careerclusters .
# Run:   docker run -p 8080:8080 careerclusters   (health check: GET /healthz)
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source

# Restore as its own layer, so code changes do not re-download packages.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/CareerClusters.Web/CareerClusters.Web.csproj src/CareerClusters.Web/
RUN dotnet restore src/CareerClusters.Web/CareerClusters.Web.csproj -p:_IsPublishing=true

COPY src/ src/
RUN dotnet publish src/CareerClusters.Web/CareerClusters.Web.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
COPY content/ /app/content/
# The content database is derived from /app/content and rebuilt at start-up; it lives in a writable folder.
# Counselors' lists are user data, kept with the keys that sign forms: mount a volume on /app/userdata so they outlive
# the container.
RUN mkdir -p /app/data /app/userdata && chown -R $APP_UID /app/data /app/userdata
VOLUME /app/userdata
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Content__Path=/app/content \
    Content__DatabaseDirectory=/app/data \
    UserData__ConnectionString="Data Source=/app/userdata/user-data.db"
EXPOSE 8080
USER $APP_UID
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s CMD ["dotnet", "CareerClusters.Web.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "CareerClusters.Web.dll"]
