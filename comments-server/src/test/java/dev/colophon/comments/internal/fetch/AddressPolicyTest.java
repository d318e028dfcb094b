package dev.colophon.comments.internal.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The guard's decision as a unit: addresses and names are resolved by a table, never by real DNS. */
class AddressPolicyTest {
    private static final Map<String, String> DNS = Map.of(
            "private.example", "10.0.0.1",
            "metadata.example", "169.254.169.254",
            "loop6.example", "::1",
            "ula.example", "fd00::1",
            "public.example", "93.184.215.14");

    private static final HostResolver TABLE = host -> {
        String address = DNS.get(host);
        if (address == null) {
            // literal addresses parse without a lookup; anything else is unknown here
            if (!host.matches("[0-9a-fA-F:.]+")) {
                throw new UnknownHostException(host);
            }
            address = host;
        }
        return List.of(InetAddress.getByName(address));
    };

    private final FetchGuard guard = new FetchGuard(AddressPolicy.publicOnly(), TABLE);

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "169.254.169.254", "[::1]", "::1", "[fd00::1]", "127.0.0.1", "192.168.1.5",
            "172.16.0.1", "100.64.0.1", "0.0.0.0", "[::ffff:127.0.0.1]", "[fe80::1]", "[::]", "224.0.0.1"})
    void refusesAddressesThatAreNotPublic(String host) {
        assertThatThrownBy(() -> guard.addressesFor(host, 80))
                .isInstanceOf(FetchException.class)
                .satisfies(e -> assertThat(((FetchException) e).reason()).isEqualTo(FetchException.Reason.REFUSED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"private.example", "metadata.example", "loop6.example", "ula.example"})
    void refusesNamesThatResolveToAddressesThatAreNotPublic(String host) {
        assertThatThrownBy(() -> guard.addressesFor(host, 443))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("not a public address");
    }

    @Test
    void letsPublicAddressesAndNamesThrough() throws FetchException {
        assertThat(guard.addressesFor("public.example", 443)).singleElement()
                .satisfies(a -> assertThat(a.getAddress().getHostAddress()).isEqualTo("93.184.215.14"));
        assertThat(guard.addressesFor("[2606:4700::1111]", 443)).hasSize(1);
    }

    @Test
    void refusesAnyNameWithOnePrivateAnswerAmongPublicOnes() {
        FetchGuard mixed = new FetchGuard(AddressPolicy.publicOnly(), host -> List.of(
                InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.0.0.1")));
        assertThatThrownBy(() -> mixed.addressesFor("rebind.example", 80)).isInstanceOf(FetchException.class);
    }

    @Test
    void letsListedHostsThroughOnAnyPortOrOnTheirListedPortOnly() {
        AddressPolicy policy = new AddressPolicy(List.of("private.example", "127.0.0.1:8080", "[::1]:9000"));
        FetchGuard listed = new FetchGuard(policy, TABLE);
        assertThatCode(() -> listed.addressesFor("private.example", 1234)).doesNotThrowAnyException();
        assertThatCode(() -> listed.addressesFor("127.0.0.1", 8080)).doesNotThrowAnyException();
        assertThatCode(() -> listed.addressesFor("[::1]", 9000)).doesNotThrowAnyException();
        assertThatThrownBy(() -> listed.addressesFor("127.0.0.1", 8081)).isInstanceOf(FetchException.class);
        assertThatThrownBy(() -> listed.addressesFor("[::1]", 9001)).isInstanceOf(FetchException.class);
        assertThatThrownBy(() -> listed.addressesFor("metadata.example", 80)).isInstanceOf(FetchException.class);
    }

    @Test
    void reportsAnUnknownNameAsUnreachableNotRefused() {
        assertThatThrownBy(() -> guard.addressesFor("nowhere.example", 80))
                .satisfies(e -> assertThat(((FetchException) e).reason()).isEqualTo(FetchException.Reason.UNREACHABLE));
    }
}
