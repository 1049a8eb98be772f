# One image for every role; ONEPLAN_ROLES decides what a container runs.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN groupadd --system oneplan && useradd --system --gid oneplan --uid 10001 oneplan
WORKDIR /opt/oneplan
COPY --from=build /src/app/target/oneplan.jar oneplan.jar
USER oneplan
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/oneplan/oneplan.jar"]
