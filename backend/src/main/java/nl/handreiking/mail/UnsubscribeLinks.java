package nl.handreiking.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** STUB until the lead's mail parts land on main. */
@ApplicationScoped
public class UnsubscribeLinks {
    public String pageUrl(String purpose, UUID id) {
        return "http://localhost:8080/mail-afmelden/" + purpose + "." + id;
    }

    public String oneClickUrl(String purpose, UUID id) {
        return "http://localhost:8080/api/v1/unsubscriptions/" + purpose + "." + id;
    }
}
