/**
 * The sha256 of every shipped migration file (electron/main/db/migrations).
 * A shipped migration is never edited: a database that ran the old text would
 * never run the new one. Add a new numbered migration instead, and add each
 * new file here when it is created.
 */
export const shippedMigrations: Readonly<Record<string, string>> = {
  '0010-init.sql': 'fadc1e13ad0c074169810881f35c6b683dd3fc050f2e8c5a8a3389cfb61b2c82',
  '0020-cases.sql': '6ffc2912514121bb81b366bd0c82e813ca53861f7abf6fd7504cdcfd005ab541',
  '0030-case-record.sql': 'f67bdf6cbcd0c739833f82484bf1ab746b460b1628eb1bfab652d0b58433033f',
  '0040-meetings.sql': 'dbdd3077cb1dd2ee916ad66b102c24e2376a11dec0a315854135b64c572d150b',
  '0050-exports.sql': 'ef6b614b7b4530a5e99390216421232307598680498d4b114fd6909d938c3bb4',
  '0060-discussion-category.sql': 'f3f5386f8caff86a3fe9c19a17d9b96dbc462df953322921688371e2302e5d97',
  '0070-agency-redaction-profile.sql': '7a710e082950a72aac099a8807bb6a306fb27f404bfffca4d0b3b3fdf2a52401',
  '0080-frozen-minutes.sql': 'ffd622389577be7cd31b6ec23a233ab960b489340252b45a9f25efe6e79278a2',
  '0100-case-plan-action-needs.sql': 'bcd6034a560c2909cda19dc5d6c09864163bfe6a4ce55b4a8ae5316217820e4d',
  '0110-search-index.sql': '232f5465bebfbe17546494f3bdd090d16997e2f70527580007393f39f776a75e',
  '0111-meeting-and-action-indexes.sql': '80c2d1f5e89fe4d4116ff0d1b7c0d4c6183313773598d32df75c54257d5de567',
  '0112-search-index-optimize.sql': '569c0915174a4b74901bfca4d5f7ebf5d1015dfef95bd08eaa063b9476a8cdb3',
  '0120-append-only-no-replace.sql': '22369038ebb9a0567b3db146e171f8f5866080b82aff7a6fde07ab8c6c5b060e',
  '0121-confidentiality-skipped-again.ts': '1b73b2346c19140a329c5652563e6d98f1453f56b410c8077bcfd4d865e14e57',
  '0130-user-credentials.sql': '8268e9455422cff07307c772d821e78b774da670deb94146714a0115cce58431',
  '0160-triage-sources.sql': '17d19f2a4e23a48518381739c4076b033f26b84ac62834ad365ba028e5a2cba3',
  '0150-audit-log-indexes.sql': 'd9c776e36ff54db9cfc2c6b46b6752338aca17a716d694b4e85043d174b14f9e',
  '0180-unit-costs.sql': '197d141e2f8837d79cabfcc20d2796c9ec8c07a16b2e191b9f85dfd50408ef93',
  '0181-board-report-export.sql': '428f6493aa3609b5a06996f5aa3127e31e7d529a912a656c44d32c4967991743',
  '0190-table-summaries.ts': 'd9e3857e6ddfd7a3431bbeb8b03178d27a39ed3b56ecd1b20308cf8a130fd85e',
  '0220-export-review.sql': '5a8b424813c39253f22222421314a275326fdd1fc3506e1240253a1da87f65f2',
  '0221-case-redaction-terms.sql': '4cb05120b0450bdb06d6c5a888f3446d6fae88df3e9e07598de2f246f4d7ea26',
  '0250-cohorts.sql': '0d961b4e6c36ee76afc4a4c4ebb89627c19cbdd8f1951d94c07b1f99a7e856af',
  '0251-demo-marker.sql': 'cf5a9adb3225568a7ce049aeca04733e2fd2af5ffb6da9daa1b41f6302bd2fce',
  '0280-meetings-page-indexes.sql': '091fa57fa5d998719e1f03e9307109a5ef4213f0cb28d5c1ccbe2e6c69bac362',
  '0281-dashboard-indexes.sql': '40eab1bf295c0d8c12887b6ded32e9ff23b07de2ab6d94c26f0f5b69ebc49434',
  '0300-table-combinations.sql': '7ed6e836e58cff307602eabccdd48c242eb84e174cfaa33f26c4709c2e4545f4',
  '0320-triage-undo.sql': 'e8bb86634a8be794e722446a07ca9595c84cbf1df58e448aff8e7b26bd8e0130',
}
