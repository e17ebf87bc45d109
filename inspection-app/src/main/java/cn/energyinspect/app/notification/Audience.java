package cn.energyinspect.app.notification;

import cn.energyinspect.app.security.Role;
import java.util.List;

/** Who is to be told, resolved to users when the message is published. */
public sealed interface Audience {
    /** These users, by username. */
    record Users(List<String> usernames) implements Audience {
        public Users {
            usernames = List.copyOf(usernames);
        }
    }

    /** The enabled users of one role in an agency (e.g. its supervisors). */
    record AgencyRole(long agencyId, Role role) implements Audience {}

    /** The supervisors of the agency that holds a case. */
    record CaseSupervisors(long caseId) implements Audience {}

    /** The inspectors on a case's team. */
    record CaseTeam(long caseId) implements Audience {}

    /** The users of an enterprise. */
    record Enterprise(String uscc) implements Audience {}

    /** The users a workflow task is offered to: its candidate users and groups, or its assignee. */
    record Offered(List<String> usernames, List<String> groups) implements Audience {
        public Offered {
            usernames = List.copyOf(usernames);
            groups = List.copyOf(groups);
        }
    }

    /** Several audiences at once (a user in two of them is told once). */
    record All(List<Audience> audiences) implements Audience {
        public All {
            audiences = List.copyOf(audiences);
        }
    }
}
