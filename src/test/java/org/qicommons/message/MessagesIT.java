package org.qicommons.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qicommons.testing.ApiClient;
import org.qicommons.testing.ApiClient.Account;
import org.qicommons.testing.Deployments;
import org.qicommons.testing.SampleMembers;

/**
 * Private messages through the API: a conversation is read, replied to, listed, searched and notified
 * for its participants only; addresses are never shown; blocking stops messages and notifications.
 */
@ExtendWith(ArquillianExtension.class)
class MessagesIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Account member(String name) {
        return new ApiClient(base).signUp(SampleMembers.named(name, "Practice nurse"), null);
    }

    private static JsonObjectBuilder message(String title, String body, long... to) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (long id : to) {
            ids.add(id);
        }
        JsonObjectBuilder json = Json.createObjectBuilder().add("to", ids).add("body", body);
        return title == null ? json : json.add("title", title);
    }

    @Test
    void aConversationIsReadRepliedToFoundAndNotifiedForItsParticipantsOnly() {
        ApiClient api = new ApiClient(base);
        Account sender = member("Message Sender");
        Account recipient = member("Message Recipient");
        Account outsider = member("Message Outsider");
        String word = "okapimsg" + System.nanoTime() % 100000;

        ApiClient.Reply sent = api.post(
                        "api/messages",
                        sender.token(),
                        message("About the beds", "Could you share the " + word + " supplier?", recipient.id()))
                .expect(201);
        long thread = sent.json().getJsonNumber("id").longValue();
        assertTrue(sent.header("Location").endsWith("/api/discussions/" + thread), sent.header("Location"));
        assertEquals(
                "Conversation with Message Recipient",
                sent.json().getJsonObject("conversation").getString("name"));
        assertTrue(sent.json().isNull("group"));

        assertEquals(
                "Conversation with Message Sender",
                api.thread(recipient.token(), thread)
                        .getJsonObject("conversation")
                        .getString("name"));
        api.get("api/discussions/" + thread, outsider.token()).expect(404);
        api.get("api/discussions/" + thread, null).expect(404);
        long answer = api.reply(recipient.token(), thread, null, "Yes: low beds from the " + word + " catalogue.")
                .getJsonNumber("id")
                .longValue();
        api.post(
                        "api/discussions/" + thread + "/posts",
                        outsider.token(),
                        Json.createObjectBuilder().add("body", "Hi"))
                .expect(404);
        api.get("api/posts/" + answer, outsider.token()).expect(404);

        assertTrue(inbox(api, sender.token()).contains(thread));
        assertTrue(inbox(api, recipient.token()).contains(thread));
        assertFalse(inbox(api, outsider.token()).contains(thread));
        api.get("api/messages", null).expect(403);

        // search finds it for the two of them only
        assertTrue(found(api, sender.token(), word).contains(thread));
        assertTrue(found(api, recipient.token(), word).contains(thread));
        assertFalse(found(api, outsider.token(), word).contains(thread));
        assertFalse(found(api, null, word).contains(thread));

        // each hears of the other's message
        JsonObject told = waitFor(api, recipient.token(), "MESSAGE");
        assertEquals("Message Sender sent you a message: “About the beds”", told.getString("text"));
        assertEquals(
                "Message Recipient replied in your conversation “About the beds”",
                waitFor(api, sender.token(), "MESSAGE").getString("text"));

        // a conversation is not shared, nor moved; and no address is shown anywhere
        assertEquals(
                "itemId",
                api.post(
                                "api/shares",
                                sender.token(),
                                Json.createObjectBuilder()
                                        .add("itemKind", "DISCUSSION")
                                        .add("itemId", thread)
                                        .add("organisationId", 1)
                                        .add("reason", "x"))
                        .expect(400)
                        .field());
        String profile = api.get("api/members/" + recipient.id(), sender.token())
                .expect(200)
                .text();
        assertFalse(profile.contains(recipient.email()), profile);
        assertFalse(api.thread(sender.token(), thread).toString().contains(recipient.email()));
    }

    @Test
    void badRecipientsAreRefusedOnTheField() {
        ApiClient api = new ApiClient(base);
        Account sender = member("Careful Sender");
        Account other = member("Other Member");
        assertEquals(
                "to",
                api.post("api/messages", sender.token(), message(null, "Hi"))
                        .expect(400)
                        .field());
        assertEquals(
                "to",
                api.post("api/messages", sender.token(), message(null, "Hi", sender.id()))
                        .expect(400)
                        .field());
        assertEquals(
                "to",
                api.post("api/messages", sender.token(), message(null, "Hi", 987654321L))
                        .expect(400)
                        .field());
        long[] crowd = new long[10];
        for (int i = 0; i < crowd.length; i++) {
            crowd[i] = member("Crowd " + i).id();
        }
        assertEquals(
                "to",
                api.post("api/messages", sender.token(), message(null, "Hi", crowd))
                        .expect(400)
                        .field());
        assertEquals(
                "body",
                api.post("api/messages", sender.token(), message(null, "  ", other.id()))
                        .expect(400)
                        .field());
        assertTrue(inbox(api, sender.token()).isEmpty(), "nothing half-made");
    }

    @Test
    void blockingStopsNewMessagesAndTheirNotifications() {
        ApiClient api = new ApiClient(base);
        Account pest = member("Persistent Writer");
        Account member = member("Blocking Member");
        Account friend = member("Friendly Writer");
        long thread = api.post("api/messages", pest.token(), message(null, "First message", member.id()))
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue();
        waitFor(api, member.token(), "MESSAGE");
        api.post(
                        "api/notifications/read",
                        member.token(),
                        Json.createObjectBuilder().add("all", true))
                .expect(200);

        assertTrue(api.put("api/members/" + pest.id() + "/block", member.token(), Json.createObjectBuilder())
                .expect(200)
                .json()
                .getBoolean("blocked"));
        ApiClient.Reply refused = api.post("api/messages", pest.token(), message(null, "Again", member.id()))
                .expect(403);
        assertTrue(refused.text().contains("you cannot send messages to Blocking Member"), refused.text());
        long ignored = api.reply(pest.token(), thread, null, "Are you there?")
                .getJsonNumber("id")
                .longValue();
        // a later message from someone else arrives; the blocked one never does
        api.post("api/messages", friend.token(), message(null, "Hello from a friend", member.id()))
                .expect(201);
        waitFor(api, member.token(), "MESSAGE");
        assertFalse(
                api.get("api/notifications", member.token()).expect(200).text().contains("/p/" + ignored),
                "nothing from the member they blocked");

        api.delete("api/members/" + pest.id() + "/block", member.token()).expect(200);
        api.post("api/messages", pest.token(), message(null, "Sorry", member.id()))
                .expect(201);
        assertEquals(
                "memberId",
                api.put("api/members/" + member.id() + "/block", member.token(), Json.createObjectBuilder())
                        .expect(400)
                        .field());
    }

    private static List<Long> inbox(ApiClient api, String token) {
        return api.get("api/messages", token).expect(200).json().getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getJsonNumber("id").longValue())
                .toList();
    }

    private static List<Long> found(ApiClient api, String token, String word) {
        return api.get("api/search?type=DISCUSSION&q=" + word, token).expect(200).json().getJsonArray("hits").stream()
                .map(hit -> hit.asJsonObject().getJsonNumber("id").longValue())
                .toList();
    }

    /** The newest unread notification with this reason, once the notifier has made it. */
    private static JsonObject waitFor(ApiClient api, String token, String reason) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            var found = api.get("api/notifications", token).expect(200).json().getJsonArray("items").stream()
                    .map(item -> item.asJsonObject())
                    .filter(item ->
                            !item.getBoolean("read") && item.getString("reason").equals(reason))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no unread " + reason + " notification");
    }
}
