// The default timeline agrees with the public reference data, or says why
// not: scripts/check-data.js must list no unresolved disagreement.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';

import { ROOT } from './helpers.js';

const REFERENCE = `${ROOT}../shared/data/reference`;

describe('the default timeline', () => {
  it('has no unresolved disagreement with the reference data',
    { skip: !existsSync(REFERENCE) && 'no ../shared/data/reference' }, async () => {
      let output;
      try {
        output = await promisify(execFile)(process.execPath, [`${ROOT}scripts/check-data.js`]);
      } catch (error) {
        assert.fail(`check-data found unresolved disagreements:\n${error.stdout}`);
      }
      assert.match(output.stdout, /disagreements: \d+ \(\d+ resolved in .*, 0 unresolved\)/);
      assert.match(output.stdout, /compared: \d+ archigos term start/);
    });
});
