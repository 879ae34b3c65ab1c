import { join } from 'node:path';
import { StorySchema, type Story } from '../../schemas/story.ts';
import { ContentError } from '../content-error.ts';
import { readYamlRecord, shownPath, yamlFiles } from '../yaml-record.ts';

/**
 * Reads and validates every `*.yaml` story in `dir` (none when the folder is missing): each must match the
 * schema, be named after its id, and name only entities of the registry. Throws a ContentError otherwise.
 */
export function loadStories(dir: string, registryIds: ReadonlySet<string>): Story[] {
  const files = yamlFiles(dir);
  return files.map((name) => {
    const path = join(dir, name);
    const story = readYamlRecord(path, StorySchema);
    story.entities.forEach((id, index) => {
      if (!registryIds.has(id)) {
        throw new ContentError(
          shownPath(path),
          `entities.${index}`,
          `unknown entity "${id}": expected the id of a file in content/entities/`,
        );
      }
    });
    return story;
  });
}
