import Testing

@testable import DossierServe

/// The preview answers a request only when its `Host` is an address it listens on: a name
/// pointed at 127.0.0.1 by another site (DNS rebinding) is refused.
@Suite struct HostCheckTests {
    @Test func theLoopbackNamesAreAnsweredWithOrWithoutThePort() {
        let check = HostCheck(bind: "127.0.0.1", port: 1313)
        for host in ["localhost", "localhost:1313", "127.0.0.1", "127.0.0.1:1313", "[::1]", "[::1]:1313", "LOCALHOST", "localhost."] {
            #expect(check.allows(host), "\(host)")
        }
    }

    @Test func otherNamesOtherPortsAndNoHostAreRefused() {
        let check = HostCheck(bind: "127.0.0.1", port: 1313)
        for host in [
            "evil.example", "evil.example:1313", "localhost.evil.example", "127.0.0.1.nip.io", "localhost:8080",
            "[::1]:80", "192.168.1.20", "", "[::1", "localhost:",
        ] {
            #expect(!check.allows(host), "\(host)")
        }
        #expect(!check.allows(nil))
    }

    @Test func theBoundAddressIsAnswered() {
        let check = HostCheck(bind: "10.0.0.7", port: 8080)
        #expect(check.allows("10.0.0.7:8080"))
        #expect(check.allows("localhost:8080"))
        #expect(!check.allows("10.0.0.8:8080"))
    }
}
