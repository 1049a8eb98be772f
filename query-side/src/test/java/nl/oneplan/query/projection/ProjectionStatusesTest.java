package nl.oneplan.query.projection;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionStatusesTest {

    private static EventTrackerStatus failedWith(Throwable error) {
        return new EventTrackerStatus() {
            public Segment getSegment() {
                return Segment.ROOT_SEGMENT;
            }

            public boolean isCaughtUp() {
                return false;
            }

            public boolean isReplaying() {
                return true;
            }

            public boolean isMerging() {
                return false;
            }

            public OptionalLong mergeCompletedPosition() {
                return OptionalLong.empty();
            }

            public TrackingToken getTrackingToken() {
                return null;
            }

            public boolean isErrorState() {
                return error != null;
            }

            public Throwable getError() {
                return error;
            }

            public OptionalLong getCurrentPosition() {
                return OptionalLong.empty();
            }

            public OptionalLong getResetPosition() {
                return OptionalLong.empty();
            }
        };
    }

    @Test
    void aSegmentWhoseTokenTheStoreReaderTookOverIsHandedOverNotFailed() {
        assertThat(ProjectionStatuses.failed(failedWith(new UnableToClaimTokenException(
                "Unable to claim token 'trajectory-report-b[0]'. It is owned by 'oneplan-replay'")))).isFalse();
    }

    @Test
    void aSegmentWhoseHandlerFailedIsFailed() {
        assertThat(ProjectionStatuses.failed(failedWith(new IllegalStateException("the database refused")))).isTrue();
        assertThat(ProjectionStatuses.failed(failedWith(null))).isFalse();
    }
}
