package org.dataactioncontracts.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** The fenced code blocks of the repository's README, by language, for the tests that keep the README honest. */
final class ReadmeBlocks {
    private ReadmeBlocks() {
    }

    /** The contents of every {@code ```<language>} block, in order. */
    static List<String> of(String language) throws IOException {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : Files.readAllLines(TestFiles.REPO.resolve("README.md"))) {
            if (block == null && line.strip().equals("```" + language)) {
                block = new StringBuilder();
            } else if (block != null && line.startsWith("```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }
}
