/**
 * Group commit for any work: what arrives while a group is being run waits and then runs as the next group,
 * so under load many requests share one transaction or one statement, and a request that comes alone runs at
 * once, without waiting for company. Each item gets its own answer: a value, or an Error for that item only.
 * When a whole group fails, each of its items is tried again on its own, so one bad item fails alone.
 */
export class Grouped<Item, Result> {
  private queue: Array<{ item: Item; resolve: (result: Result) => void; reject: (error: unknown) => void }> = [];
  private running = false;

  // One group at a time: measured on the family page, two at once made smaller groups and cost more than
  // the waiting they saved.
  constructor(
    private readonly run: (items: Item[]) => Promise<Array<Result | Error>>,
    private readonly maxGroup = 200,
  ) {}

  submit(item: Item): Promise<Result> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain() {
    this.running = true;
    while (this.queue.length > 0) {
      const group = this.queue.splice(0, this.maxGroup);
      try {
        await this.settle(group);
      } catch (error) {
        if (group.length === 1) group[0]!.reject(error);
        else for (const one of group) await this.settle([one]).catch(one.reject);
      }
    }
    this.running = false;
  }

  private async settle(group: typeof this.queue) {
    const results = await this.run(group.map((g) => g.item));
    group.forEach((g, i) => {
      const result = results[i];
      if (result instanceof Error) g.reject(result);
      else g.resolve(result as Result);
    });
  }
}

/** One `Grouped` per key (a database handle), made when first asked for. */
export function groupedPer<Key extends object, Item, Result>(make: (key: Key) => Grouped<Item, Result>): (key: Key) => Grouped<Item, Result> {
  const instances = new WeakMap<Key, Grouped<Item, Result>>();
  return (key) => {
    let instance = instances.get(key);
    if (!instance) instances.set(key, (instance = make(key)));
    return instance;
  };
}
