// Independent reader for client.vcf: Debian's libez-vcard-java (ez-vcard 0.11, with vinnie). Prints the fields as
// JSON, one line per file (same shape as check_vobject.py). Run with the source launcher (one JVM for all files):
//   java -cp /usr/share/java/ez-vcard.jar:/usr/share/java/vinnie.jar CheckEzVcard.java <file.vcf>...
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.parameter.VCardParameter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

public class CheckEzVcard {
    public static void main(String[] args) {
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (String file : args) {
            try {
                out.println(read(file));
            } catch (Exception e) {
                out.println("{\"error\":" + quote("ez-vcard could not read " + file + ": " + e) + "}");
            }
        }
    }

    private static String read(String file) throws Exception {
        String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        VCard card = Ezvcard.parse(text).first();
        if (card == null) {
            throw new IllegalArgumentException("no vCard");
        }
        var adr = card.getAddresses().get(0);
        var tel = card.getTelephoneNumbers().isEmpty() ? null : card.getTelephoneNumbers().get(0);
        var email = card.getEmails().isEmpty() ? null : card.getEmails().get(0);
        var sb = new StringBuilder("{");
        field(sb, "reader", "ez-vcard");
        field(sb, "version", card.getVersion().getVersion());
        field(sb, "uid", card.getUid().getValue());
        field(sb, "fn", card.getFormattedName().getValue());
        list(sb, "n", List.of(card.getStructuredName().getFamily(), card.getStructuredName().getGiven()));
        list(sb, "adr", List.of(adr.getStreetAddress(), adr.getLocality(), adr.getPostalCode(), adr.getCountry()));
        list(sb, "adrTypes", types(adr.getTypes()));
        field(sb, "tel", tel == null ? null : tel.getText());
        list(sb, "telTypes", tel == null ? List.of() : types(tel.getTypes()));
        field(sb, "email", email == null ? null : email.getValue());
        list(sb, "emailTypes", email == null ? List.of() : types(email.getTypes()));
        sb.setLength(sb.length() - 1);
        return sb.append('}').toString();
    }

    private static List<String> types(List<? extends VCardParameter> types) {
        return types.stream().map(t -> t.getValue().toUpperCase()).sorted().collect(Collectors.toList());
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append(quote(name)).append(':').append(value == null ? "null" : quote(value)).append(',');
    }

    private static void list(StringBuilder sb, String name, List<String> values) {
        sb.append(quote(name)).append(":[")
            .append(values.stream().map(CheckEzVcard::quote).collect(Collectors.joining(","))).append("],");
    }

    private static String quote(String s) {
        var sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c)); else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
