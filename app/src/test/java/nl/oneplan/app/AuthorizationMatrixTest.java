package nl.oneplan.app;

import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.http.HttpRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every API endpoint, called by every role on a trajectory the caller belongs to and on one of
 * another organisation, and without signing in: the exact status each gets, with GET and with
 * HEAD. Inside a trajectory the coordinator, another involved professional and a former
 * coordinator (after a handover) differ. An endpoint missing from this matrix fails
 * {@link #everyApiEndpointIsInTheMatrix()}.
 */
class AuthorizationMatrixTest extends PostgresIntegrationTest {

    /** Who calls: a demo user (null: nobody signed in) and whether the trajectory is one they belong to. */
    enum Caller {
        COORDINATOR_OWN("sanne", true), COORDINATOR_OTHER("sanne", false),
        PROFESSIONAL_OWN("marloes", true), PROFESSIONAL_OTHER("marloes", false),
        FORMER_COORDINATOR("ahmed", true),
        PRIVACY_OFFICER("pieter", true), ANALYST("fatima", true), ADMIN("admin", true),
        ANONYMOUS(null, true);

        final String user;
        final boolean own;

        Caller(String user, boolean own) {
            this.user = user;
            this.own = own;
        }
    }

    /** A trajectory with everything the endpoints refer to. */
    record Family(String id, String memberId, String coordinatorParticipantId, String teacherParticipantId,
                  String networkParticipantId, String indicationId, String consentId) {
    }

    /**
     * One endpoint: how to call it on a family, what its coordinator does first where the call
     * needs it (a closure needs a proposal, …), and the expected status per caller.
     */
    record Endpoint(String key, Function<Family, Call> call, boolean mutates, Map<Caller, Integer> expected,
                    List<Function<Family, Call>> prepare) {
        Endpoint(String key, Function<Family, Call> call, boolean mutates, Map<Caller, Integer> expected) {
            this(key, call, mutates, expected, List.of());
        }
    }

    record Call(String method, String path, String body) {
    }

    private static final String OPEN = """
            {"familyName":"Matrix","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private static Map<Caller, Integer> statuses(int coordinatorOwn, int coordinatorOther, int professionalOwn,
                                                 int professionalOther, int privacyOfficer, int analyst, int admin,
                                                 int anonymous) {
        Map<Caller, Integer> expected = new LinkedHashMap<>();
        expected.put(Caller.COORDINATOR_OWN, coordinatorOwn);
        expected.put(Caller.COORDINATOR_OTHER, coordinatorOther);
        expected.put(Caller.PROFESSIONAL_OWN, professionalOwn);
        expected.put(Caller.PROFESSIONAL_OTHER, professionalOther);
        expected.put(Caller.PRIVACY_OFFICER, privacyOfficer);
        expected.put(Caller.ANALYST, analyst);
        expected.put(Caller.ADMIN, admin);
        expected.put(Caller.ANONYMOUS, anonymous);
        return expected;
    }

    /**
     * A change to the plan: the coordinator makes it, another involved professional is refused,
     * nobody else can tell the trajectory exists.
     */
    private static Map<Caller, Integer> change(int success) {
        return statuses(success, 404, 403, 404, 403, 403, 403, 401);
    }

    /** A change every involved professional may make (sharing what they share, their own agreement). */
    private static Map<Caller, Integer> involvedChange(int success) {
        return statuses(success, 404, success, 404, 403, 403, 403, 401);
    }

    /** Agreement 3 is the teacher's: the former coordinator does not carry it. */
    private static final Set<String> CARRIED_BY_THE_TEACHER = Set.of(
            "POST /api/trajectories/{trajectoryId}/agreements/{agreementNumber}/completion",
            "POST /api/trajectories/{trajectoryId}/agreements/{agreementNumber}/rescheduling");

    /**
     * The former coordinator is involved and no longer coordinates: inside the trajectory as the
     * teacher (except what only the teacher carries), elsewhere as any coordinator.
     */
    private static int formerCoordinator(Endpoint endpoint) {
        if (!endpoint.key().contains("{trajectoryId}")) {
            return endpoint.expected().get(Caller.COORDINATOR_OWN);
        }
        return CARRIED_BY_THE_TEACHER.contains(endpoint.key()) ? 403 : endpoint.expected().get(Caller.PROFESSIONAL_OWN);
    }

    private static final Function<Family, Call> PROPOSE = f -> new Call("POST",
            "/api/trajectories/" + f.id() + "/closure-proposal",
            "{\"reason\":\"GOALS_REACHED\",\"proposedOn\":\"2026-02-01\"}");
    private static final Function<Family, Call> EVALUATE = f -> new Call("POST",
            "/api/trajectories/" + f.id() + "/final-evaluation",
            "{\"heldOn\":\"2026-02-02\",\"familyJudgesEnough\":true,\"memberIds\":[\"" + f.memberId() + "\"]}");
    private static final Function<Family, Call> INFORM = f -> new Call("POST",
            "/api/trajectories/" + f.id() + "/closure-information",
            "{\"informed\":[{\"party\":\"huisarts\",\"informedBy\":\"" + f.memberId()
                    + "\",\"informedOn\":\"2026-02-03\"}]}");
    private static final Function<Family, Call> CLOSE = f -> new Call("POST",
            "/api/trajectories/" + f.id() + "/closure", "{\"closedOn\":\"2026-02-04\"}");

    private static final Function<Family, Call> SCHEDULE = f -> new Call("POST",
            "/api/trajectories/" + f.id() + "/round-tables", "{\"startsAt\":\"2026-02-01T10:00:00\",\"place\":\"CJG\","
            + "\"parts\":[{\"topic\":\"Alles\",\"memberIds\":[\"" + f.memberId() + "\"]}]}");
    private static final Function<Family, Call> HOLD = f -> new Call("POST",
            "/api/trajectories/" + f.id() + "/round-tables/1/held", "{\"heldOn\":\"2026-02-01\","
            + "\"attendance\":[{\"memberIds\":[\"" + f.memberId() + "\"]}]}");
    private static final Function<Family, Call> DRAFT = f -> new Call("PUT",
            "/api/trajectories/" + f.id() + "/round-tables/1/minutes", "{\"text\":\"Verslag\"}");
    private static final Function<Family, Call> SEND = f -> new Call("POST",
            "/api/trajectories/" + f.id() + "/round-tables/1/minutes/sent-to-family", "{\"sentOn\":\"2026-02-02\"}");
    private static final Function<Family, Call> APPROVE = f -> new Call("POST",
            "/api/trajectories/" + f.id() + "/round-tables/1/minutes/approval", "{\"approvedOn\":\"2026-02-03\"}");

    private static final Function<Family, Call> CONSENT_TO_MINUTES = f -> new Call("POST",
            "/api/trajectories/" + f.id() + "/consents", "{\"aboutMemberIds\":[\"" + f.memberId() + "\"],"
            + "\"givenByMemberIds\":[\"" + f.memberId() + "\"],\"recipient\":{\"participantId\":\""
            + f.teacherParticipantId() + "\"},\"categories\":[{\"type\":\"ROUND_TABLE_MINUTES\"}],"
            + "\"purposes\":[{\"code\":\"CARE_COORDINATION\"}],\"form\":\"WRITTEN\",\"documentReference\":\"DOC\","
            + "\"validFrom\":\"2026-01-05T00:00:00Z\"}");

    private static final Function<Family, Call> CONSENT_TO_CONTACT_DETAILS = f -> new Call("POST",
            "/api/trajectories/" + f.id() + "/consents", "{\"aboutMemberIds\":[\"" + f.memberId() + "\"],"
            + "\"givenByMemberIds\":[\"" + f.memberId() + "\"],\"recipient\":{\"participantId\":\""
            + f.teacherParticipantId() + "\"},\"categories\":[{\"type\":\"CONTACT_DETAILS\"}],"
            + "\"purposes\":[{\"code\":\"CARE_COORDINATION\"}],\"form\":\"VERBAL\"}");

    private static final List<Endpoint> MATRIX = List.of(
            new Endpoint("POST /api/trajectories",
                    f -> new Call("POST", "/api/trajectories", OPEN), true,
                    statuses(201, 201, 403, 403, 403, 403, 403, 401)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/members",
                    f -> new Call("POST", "/api/trajectories/" + f.id() + "/members",
                            "{\"name\":\"Noor\",\"dateOfBirth\":\"2016-03-03\",\"role\":\"CHILD\"}"), true, change(201)),
            new Endpoint("PUT /api/trajectories/{trajectoryId}/members/{memberId}",
                    f -> new Call("PUT", "/api/trajectories/" + f.id() + "/members/" + f.memberId(),
                            "{\"name\":\"Petra de Jong\",\"dateOfBirth\":\"1985-04-02\",\"role\":\"PARENT\","
                                    + "\"custody\":true}"), true, change(200)),
            new Endpoint("PUT /api/trajectories/{trajectoryId}/family-contact",
                    f -> new Call("PUT", "/api/trajectories/" + f.id() + "/family-contact",
                            "{\"address\":\"Markt 2\"}"), true, change(200)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/participants",
                    f -> new Call("POST", "/api/trajectories/" + f.id() + "/participants",
                            "{\"name\":\"Buurvrouw\",\"kind\":\"NETWORK\",\"networkCategory\":\"NEIGHBOURS\"}"), true,
                    change(201)),
            new Endpoint("PUT /api/trajectories/{trajectoryId}/participants/{participantId}/account",
                    f -> new Call("PUT", "/api/trajectories/" + f.id() + "/participants/"
                            + f.networkParticipantId() + "/account", "{\"userId\":\"fatima\"}"), true,
                    change(200)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/participants/{participantId}/account-unlinking",
                    f -> new Call("POST", "/api/trajectories/" + f.id() + "/participants/"
                            + f.teacherParticipantId() + "/account-unlinking", "{\"reason\":\"Andere school\"}"),
                    true, change(200)),
            new Endpoint("PUT /api/trajectories/{trajectoryId}/coordinator",
                    f -> new Call("PUT", "/api/trajectories/" + f.id() + "/coordinator",
                            "{\"participantId\":\"" + f.coordinatorParticipantId() + "\"}"), true,
                    // Only the coordinator touches coordination; another involved professional is refused.
                    statuses(200, 404, 403, 404, 403, 403, 403, 401)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/coordinator-handover",
                    f -> new Call("POST", "/api/trajectories/" + f.id() + "/coordinator-handover",
                            "{\"participantId\":\"" + f.teacherParticipantId() + "\",\"reason\":\"Verlof\","
                                    + "\"handoverDate\":\"2026-02-01\",\"familyInformed\":true}"), true,
                    statuses(200, 404, 403, 404, 403, 403, 403, 401)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/participants/{participantId}/withdrawal",
                    f -> new Call("POST", "/api/trajectories/" + f.id() + "/participants/"
                            + f.networkParticipantId() + "/withdrawal", "{\"withdrawnOn\":\"2026-02-01\"}"), true,
                    change(200)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/goals/{goalNumber}/revision",
                    f -> new Call("POST", "/api/trajectories/" + f.id() + "/goals/1/revision",
                            "{\"description\":\"Vier dagen\",\"plannedEndDate\":\"2026-09-30\"}"), true,
                    change(200)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/goals/{goalNumber}/drop",
                    f -> new Call("POST", "/api/trajectories/" + f.id() + "/goals/1/drop",
                            "{\"reason\":\"FAMILYS_CHOICE\",\"droppedOn\":\"2026-02-01\"}"), true, change(200)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/agreements/{agreementNumber}/rescheduling",
                    f -> new Call("POST", "/api/trajectories/" + f.id() + "/agreements/3/rescheduling",
                            "{\"plannedEndDate\":\"2026-04-01\",\"reason\":\"Ziek\"}"), true, involvedChange(200)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/agreements/{agreementNumber}/cancellation",
                    f -> new Call("POST", "/api/trajectories/" + f.id() + "/agreements/3/cancellation",
                            "{\"reason\":\"Niet meer nodig\"}"), true, change(200)),
            new Endpoint("PUT /api/trajectories/{trajectoryId}/coordination-arrangement",
                    f -> new Call("PUT", "/api/trajectories/" + f.id() + "/coordination-arrangement",
                            "{\"kind\":\"EMAIL\"}"), true, change(200)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/goals",
                    f -> new Call("POST", "/api/trajectories/" + f.id() + "/goals",
                            "{\"description\":\"Rust\",\"lifeDomain\":\"HOUSING\",\"startDate\":\"2026-01-05\","
                                    + "\"plannedEndDate\":\"2026-12-31\"}"), true, change(201)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/goals/{goalNumber}/achievement",
                    f -> new Call("POST", "/api/trajectories/" + f.id() + "/goals/1/achievement",
                            "{\"achievedOn\":\"2026-02-01\"}"), true, change(200)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/agreements",
                    f -> new Call("POST", "/api/trajectories/" + f.id() + "/agreements",
                            "{\"who\":\"" + f.memberId() + "\",\"what\":\"Bellen\",\"startDate\":\"2026-01-05\","
                                    + "\"plannedEndDate\":\"2026-02-01\"}"), true, change(201)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/agreements/{agreementNumber}/completion",
                    f -> new Call("POST", "/api/trajectories/" + f.id() + "/agreements/3/completion",
                            "{\"completedOn\":\"2026-02-01\"}"), true, involvedChange(200)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/closure-proposal", PROPOSE, true, change(200)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/final-evaluation", EVALUATE, true, change(200)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/closure-information", INFORM, true, change(200)),
            // Closing and reopening are the coordinator's, like handing over coordination.
            new Endpoint("POST /api/trajectories/{trajectoryId}/closure", CLOSE, true,
                    statuses(200, 404, 403, 404, 403, 403, 403, 401), List.of(PROPOSE, EVALUATE, INFORM)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/reopening",
                    f -> new Call("POST", "/api/trajectories/" + f.id() + "/reopening",
                            "{\"reopenedOn\":\"2026-02-05\",\"reason\":\"Weer verzuim\"}"), true,
                    statuses(200, 404, 403, 404, 403, 403, 403, 401), List.of(PROPOSE, EVALUATE, INFORM, CLOSE)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/direction-levels",
                    f -> new Call("POST", "/api/trajectories/" + f.id() + "/direction-levels",
                            "{\"memberId\":\"" + f.memberId() + "\",\"level\":\"CO_DECIDER\","
                                    + "\"recordedOn\":\"2026-02-01\"}"), true, change(200)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/indications",
                    f -> new Call("POST", "/api/trajectories/" + f.id() + "/indications",
                            "{\"careProvider\":\"Jeugdhulp\",\"kindOfCare\":\"Begeleiding\","
                                    + "\"validFrom\":\"2026-01-05\",\"validUntil\":\"2026-06-30\"}"), true,
                    change(201)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/indications/{indicationId}/extension",
                    f -> new Call("POST", "/api/trajectories/" + f.id() + "/indications/" + f.indicationId()
                            + "/extension", "{\"validUntil\":\"2026-12-31\"}"), true, change(200)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/indications/{indicationId}/end",
                    f -> new Call("POST", "/api/trajectories/" + f.id() + "/indications/" + f.indicationId()
                            + "/end", "{\"endedOn\":\"2026-02-01\"}"), true, change(200)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/escalations",
                    f -> new Call("POST", "/api/trajectories/" + f.id() + "/escalations",
                            "{\"to\":\"TEAM_LEAD\",\"reasonCode\":\"NO_PROGRESS\",\"reason\":\"Vast\",\"escalatedOn\":\"2026-02-01\"}"),
                    true, change(201)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/escalations/{escalationNumber}/deescalation",
                    f -> new Call("POST", "/api/trajectories/" + f.id() + "/escalations/1/deescalation",
                            "{\"resolution\":\"Opgelost\",\"deescalatedOn\":\"2026-02-02\"}"), true,
                    change(200)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/safety-decisions",
                    f -> new Call("POST", "/api/trajectories/" + f.id() + "/safety-decisions",
                            "{\"decidedOn\":\"2026-02-01\",\"decision\":\"Tijdelijk bij oma\","
                                    + "\"decidedBy\":\"teamleider\",\"memberIds\":[\"" + f.memberId()
                                    + "\"],\"directionLevelAfter\":\"ADVISER\"}"), true, change(201)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/round-tables", SCHEDULE, true, change(201)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/round-tables/{roundTableNumber}/held", HOLD, true,
                    change(200), List.of(SCHEDULE)),
            new Endpoint("PUT /api/trajectories/{trajectoryId}/round-tables/{roundTableNumber}/minutes", DRAFT, true,
                    change(200), List.of(SCHEDULE, HOLD)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/round-tables/{roundTableNumber}/minutes/sent-to-family",
                    SEND, true, change(200), List.of(SCHEDULE, HOLD, DRAFT)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/round-tables/{roundTableNumber}/minutes/approval",
                    APPROVE, true, change(200), List.of(SCHEDULE, HOLD, DRAFT, SEND)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/round-tables/{roundTableNumber}/minutes/distribution",
                    f -> new Call("POST", "/api/trajectories/" + f.id() + "/round-tables/1/minutes/distribution",
                            "{\"distributedOn\":\"2026-02-04\",\"recipientIds\":[\"" + f.teacherParticipantId()
                                    + "\"]}"), true, change(200),
                    List.of(SCHEDULE, HOLD, DRAFT, SEND, APPROVE, CONSENT_TO_MINUTES)),
            new Endpoint("PUT /api/trajectories/{trajectoryId}/round-table-interval",
                    f -> new Call("PUT", "/api/trajectories/" + f.id() + "/round-table-interval", "{\"days\":60}"),
                    true, change(200)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/consents",
                    f -> new Call("POST", "/api/trajectories/" + f.id() + "/consents", "{\"aboutMemberIds\":[\""
                            + f.memberId() + "\"],\"givenByMemberIds\":[\"" + f.memberId() + "\"],"
                            + "\"recipient\":{\"organisation\":\"GGD\"},\"categories\":[{\"type\":\"INDICATIONS\"}],"
                            + "\"purposes\":[{\"code\":\"CARE_COORDINATION\"}],\"form\":\"VERBAL\"}"), true, change(201)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/consents/{consentId}/withdrawal",
                    f -> new Call("POST", "/api/trajectories/" + f.id() + "/consents/" + f.consentId()
                            + "/withdrawal", "{}"), true, change(200)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/denials",
                    f -> new Call("POST", "/api/trajectories/" + f.id() + "/denials", "{\"aboutMemberIds\":[\""
                            + f.memberId() + "\"],\"decidedByMemberIds\":[\"" + f.memberId() + "\"],"
                            + "\"recipient\":{\"organisation\":\"GGD\"},"
                            + "\"categories\":[{\"type\":\"SAFETY_CONCERNS\"}]}"), true, change(201)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/disclosures",
                    f -> new Call("POST", "/api/trajectories/" + f.id() + "/disclosures", "{\"recipient\":"
                            + "{\"participantId\":\"" + f.teacherParticipantId() + "\"},\"aboutMemberIds\":[\""
                            + f.memberId() + "\"],\"categories\":[{\"type\":\"GOALS\"}],"
                            + "\"purpose\":{\"code\":\"CARE_COORDINATION\"},\"channel\":\"EMAIL\"}"), true, involvedChange(201)),
            new Endpoint("POST /api/trajectories/{trajectoryId}/copies",
                    f -> new Call("POST", "/api/trajectories/" + f.id() + "/copies", "{\"recipientId\":\""
                            + f.teacherParticipantId() + "\"}"), true, change(201),
                    List.of(CONSENT_TO_CONTACT_DETAILS)),
            new Endpoint("GET /api/trajectories/{trajectoryId}/consent-register",
                    f -> new Call("GET", "/api/trajectories/" + f.id() + "/consent-register", null), false,
                    statuses(200, 404, 404, 404, 200, 403, 403, 401)),
            new Endpoint("GET /api/purposes", f -> new Call("GET", "/api/purposes", null), false,
                    statuses(200, 200, 200, 200, 200, 200, 200, 401)),
            new Endpoint("GET /api/trajectories/{trajectoryId}/consents",
                    f -> new Call("GET", "/api/trajectories/" + f.id() + "/consents", null), false,
                    statuses(200, 404, 404, 404, 200, 403, 403, 401)),
            new Endpoint("GET /api/trajectories/{trajectoryId}/disclosures",
                    f -> new Call("GET", "/api/trajectories/" + f.id() + "/disclosures", null), false,
                    statuses(200, 404, 200, 404, 200, 403, 403, 401)),
            new Endpoint("GET /api/trajectories/{trajectoryId}/verification",
                    f -> new Call("GET", "/api/trajectories/" + f.id() + "/verification", null), false,
                    statuses(200, 404, 404, 404, 200, 403, 403, 401)),
            // Who read a family's data is for privacy officers only.
            new Endpoint("GET /api/trajectories/{trajectoryId}/access-log",
                    f -> new Call("GET", "/api/trajectories/" + f.id() + "/access-log", null), false,
                    statuses(403, 403, 403, 403, 200, 403, 403, 401)),
            new Endpoint("GET /api/disclosures", f -> new Call("GET", "/api/disclosures", null), false,
                    statuses(403, 403, 403, 403, 200, 403, 403, 401)),
            new Endpoint("GET /api/accounts", f -> new Call("GET", "/api/accounts?search=sanne", null), false,
                    statuses(200, 200, 403, 403, 403, 403, 403, 401)),
            new Endpoint("GET /api/projections", f -> new Call("GET", "/api/projections", null), false,
                    statuses(403, 403, 403, 403, 403, 200, 200, 401)),
            // Rebuilding is for analysts and administrators; an unknown projection (404) keeps the
            // matrix from starting anything but the idempotent rebuild of all.
            new Endpoint("POST /api/projections/{name}/rebuild",
                    f -> new Call("POST", "/api/projections/no-such-projection/rebuild", ""), false,
                    statuses(403, 403, 403, 403, 403, 404, 404, 401)),
            new Endpoint("POST /api/projections/{name}/dead-letters/{trajectoryId}/retry",
                    f -> new Call("POST", "/api/projections/no-such-projection/dead-letters/" + f.id() + "/retry", ""),
                    false, statuses(403, 403, 403, 403, 403, 404, 404, 401)),
            new Endpoint("GET /api/projections/{name}/rebuild",
                    f -> new Call("GET", "/api/projections/trajectory-report/rebuild", null), false,
                    statuses(403, 403, 403, 403, 403, 200, 200, 401)),
            new Endpoint("DELETE /api/projections/{name}/rebuild",
                    f -> new Call("DELETE", "/api/projections/no-such-projection/rebuild", null), false,
                    statuses(403, 403, 403, 403, 403, 404, 404, 401)),
            new Endpoint("POST /api/projections/rebuild",
                    f -> new Call("POST", "/api/projections/rebuild", ""), false,
                    statuses(403, 403, 403, 403, 403, 202, 202, 401)),
            new Endpoint("GET /api/projections/rebuild",
                    f -> new Call("GET", "/api/projections/rebuild", null), false,
                    statuses(403, 403, 403, 403, 403, 200, 200, 401)),
            new Endpoint("GET /api/reports/{name}", f -> new Call("GET",
                    "/api/reports/closures?period=2026", null), false,
                    statuses(403, 403, 403, 403, 403, 200, 403, 401)),
            new Endpoint("GET /api/ui-config", f -> new Call("GET", "/api/ui-config", null), false,
                    statuses(200, 200, 200, 200, 200, 200, 200, 200)),
            new Endpoint("GET /api/enums", f -> new Call("GET", "/api/enums", null), false,
                    statuses(200, 200, 200, 200, 200, 200, 200, 200)),
            new Endpoint("GET /api/me", f -> new Call("GET", "/api/me", null), false,
                    statuses(200, 200, 200, 200, 200, 200, 200, 401)),
            new Endpoint("GET /api/caseload", f -> new Call("GET", "/api/caseload", null), false,
                    statuses(200, 200, 200, 200, 403, 403, 403, 401)),
            new Endpoint("GET /api/trajectories",
                    f -> new Call("GET", "/api/trajectories", null), false,
                    statuses(200, 200, 200, 200, 200, 403, 403, 401)),
            new Endpoint("GET /api/trajectories/{trajectoryId}",
                    f -> new Call("GET", "/api/trajectories/" + f.id(), null), false,
                    statuses(200, 404, 200, 404, 200, 403, 403, 401)),
            new Endpoint("GET /api/trajectories/{trajectoryId}/plan",
                    f -> new Call("GET", "/api/trajectories/" + f.id() + "/plan", null), false,
                    statuses(200, 404, 200, 404, 403, 403, 403, 401)),
            new Endpoint("GET /api/trajectories/{trajectoryId}/parties",
                    f -> new Call("GET", "/api/trajectories/" + f.id() + "/parties", null), false,
                    statuses(200, 404, 404, 404, 200, 403, 403, 401)),
            new Endpoint("GET /api/trajectories/{trajectoryId}/timeline",
                    f -> new Call("GET", "/api/trajectories/" + f.id() + "/timeline", null), false,
                    statuses(200, 404, 200, 404, 200, 403, 403, 401)));

    private Family sharedOwn;
    private Family sharedOther;

    @Test
    void everyApiEndpointIsInTheMatrix() {
        Set<String> discovered = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(method -> discovered.add(method + " " + pattern));
                }
            }
        }
        assertThat(MATRIX.stream().map(Endpoint::key).toList())
                .as("endpoints of the API; add a new one to the matrix with the status every caller gets")
                .containsExactlyInAnyOrderElementsOf(discovered);
    }

    @TestFactory
    Stream<DynamicTest> everyCallerGetsExactlyTheStatusTheirRoleAndTrajectoryAllow() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : MATRIX) {
            Map<Caller, Integer> expected = new LinkedHashMap<>(endpoint.expected());
            expected.put(Caller.FORMER_COORDINATOR, formerCoordinator(endpoint));
            for (Map.Entry<Caller, Integer> expectation : expected.entrySet()) {
                Caller caller = expectation.getKey();
                int status = expectation.getValue();
                tests.add(DynamicTest.dynamicTest(endpoint.key() + " as " + caller + " -> " + status,
                        () -> check(endpoint, caller, status)));
            }
        }
        return tests.stream();
    }

    private void check(Endpoint endpoint, Caller caller, int status) {
        // A change that succeeds gets a family of its own; everything else leaves the shared ones as they are.
        boolean fresh = endpoint.mutates() && status < 300;
        Family family = family(fresh, caller.own);
        if (fresh) {
            Api owner = api(caller.own ? "sanne" : "ahmed");
            for (Function<Family, Call> step : endpoint.prepare()) {
                Call prepared = step.apply(family);
                Response done = "PUT".equals(prepared.method()) ? owner.put(prepared.path(), prepared.body())
                        : owner.post(prepared.path(), prepared.body());
                assertThat(done.status()).as("preparing: " + done).isLessThan(300);
            }
        }
        Call call = endpoint.call().apply(family);
        Api api = caller.user == null ? api().anonymous() : api(caller.user);
        Response response = switch (call.method()) {
            case "GET" -> api.get(call.path());
            // Every POST carries a fresh key: the copy endpoint requires one, the others ignore it.
            case "POST" -> api.post(call.path(), call.body(), "Idempotency-Key", UUID.randomUUID().toString());
            case "PUT" -> api.put(call.path(), call.body());
            case "DELETE" -> api.delete(call.path());
            default -> throw new IllegalArgumentException(call.method());
        };
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        if ("GET".equals(call.method())) {
            Response head = api.send(api.request(call.path()).method("HEAD", HttpRequest.BodyPublishers.noBody()));
            assertThat(head.status()).as("HEAD " + call.path()).isEqualTo(status);
        }
        if (status >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.text("code")).isNotBlank();
        }
        if (status == 404) {
            assertThat(response.text("code")).isEqualTo(call.path().startsWith("/api/projections")
                    ? "PROJECTION_NOT_FOUND" : "TRAJECTORY_NOT_FOUND");
        }
        if (status == 401) {
            assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        }
    }

    private Family family(boolean fresh, boolean own) {
        if (fresh) {
            return own ? createFamily("sanne", true, false) : createFamily("ahmed", false, false);
        }
        if (sharedOwn == null) {
            sharedOwn = createFamily("sanne", true, true);
            sharedOther = createFamily("ahmed", false, true);
        }
        return own ? sharedOwn : sharedOther;
    }

    /**
     * Opened by {@code coordinator}, who coordinates it; the demo teacher is involved only in "own"
     * ones. Families that reads use are waited for until both read models contain all of them.
     */
    private Family createFamily(String coordinator, boolean withTeacher, boolean forReads) {
        Api api = api(coordinator);
        // With the teacher, Ahmed coordinated first (below), so the opener leaves coordination to him.
        Response opened = api.post("/api/trajectories", withTeacher
                ? OPEN.replace("\"registration\"", "\"openerCoordinates\":false,\"registration\"") : OPEN);
        String id = opened.text("trajectoryId");
        String base = "/api/trajectories/" + id;
        String coordinatorParticipant = opened.text("participantId");
        String member = api.post(base + "/members", """
                {"name":"Petra Jansen","dateOfBirth":"1985-04-02","role":"PARENT","custody":true}""")
                .text("memberId");
        String teacher = api.post(base + "/participants", """
                {"name":"Marloes Kok","kind":"PROFESSIONAL","organisation":"Basisschool De Regenboog"%s}"""
                .formatted(withTeacher ? ",\"userId\":\"marloes\"" : "")).text("participantId");
        String network = api.post(base + "/participants", """
                {"name":"Els Bakker","kind":"NETWORK","networkCategory":"RELATIVES"}""").text("participantId");
        if (withTeacher) {
            // Ahmed coordinated this family first and handed it over: the matrix's former coordinator.
            String former = api.post(base + "/participants", """
                    {"name":"Ahmed Yilmaz","kind":"PROFESSIONAL","organisation":"Wijkteam Gouda","userId":"ahmed"}""")
                    .text("participantId");
            assertThat(api.put(base + "/coordinator", "{\"participantId\":\"" + former + "\"}").status())
                    .isEqualTo(200);
            assertThat(api("ahmed").post(base + "/coordinator-handover", """
                    {"participantId":"%s","reason":"Verlof","handoverDate":"2026-01-05","familyInformed":true}"""
                    .formatted(coordinatorParticipant)).status()).isEqualTo(200);
        } else {
            api.put(base + "/coordinator", "{\"participantId\":\"" + coordinatorParticipant + "\"}");
        }
        api.post(base + "/goals", """
                {"description":"Naar school","lifeDomain":"EDUCATION_AND_UPBRINGING","startDate":"2026-01-05",
                 "plannedEndDate":"2026-06-30"}""");
        String indication = api.post(base + "/indications", """
                {"careProvider":"Jeugdhulp","kindOfCare":"Begeleiding","validFrom":"2026-01-05",
                 "validUntil":"2026-06-30"}""").text("indicationId");
        api.post(base + "/escalations", "{\"to\":\"MANAGEMENT\",\"reasonCode\":\"NO_PROGRESS\",\"reason\":\"Vast\",\"escalatedOn\":\"2026-01-20\"}");
        String consent = api.post(base + "/consents", """
                {"aboutMemberIds":["%s"],"givenByMemberIds":["%s"],"recipient":{"organisation":"Basisschool De Regenboog"},
                 "categories":[{"type":"GOALS"}],"purposes":[{"code":"CARE_COORDINATION"}],"form":"VERBAL"}"""
                .formatted(member, member)).text("consentId");
        Response last = api.post(base + "/agreements", """
                {"goalNumber":1,"who":"%s","what":"Gesprek","startDate":"2026-01-05","plannedEndDate":"2026-03-01"}"""
                .formatted(teacher));
        assertThat(last.status()).as(last.toString()).isEqualTo(201);
        if (forReads) {
            String token = last.header("OnePlan-Consistency-Token");
            assertThat(api.get(base + "/plan", "OnePlan-Consistency-Token", token).status()).isEqualTo(200);
            assertThat(api.get(base + "/timeline", "OnePlan-Consistency-Token", token).status()).isEqualTo(200);
        }
        return new Family(id, member, coordinatorParticipant, teacher, network, indication, consent);
    }
}
