package dev.colophon.settings.peer;

import java.nio.file.Path;

/**
 * Which generator's layout a site has, and why: the one line {@code colophon build} prints first.
 *
 * @param config the generator's configuration file, relative to the site, or null (Jekyll needs none)
 */
public record Recognition(Generator generator, String reason, Path config) {

    public String line() {
        return "Recognised a " + generator.displayName() + " site: " + reason;
    }
}
