// The Mocha globals @web/test-runner provides in the browser (there is no @types/mocha in this repo).
declare function describe(title: string, body: () => void): void;
declare function it(title: string, body: () => unknown): void;
declare function before(body: () => unknown): void;
declare function after(body: () => unknown): void;
declare function beforeEach(body: () => unknown): void;
declare function afterEach(body: () => unknown): void;
