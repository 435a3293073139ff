import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@golive/core/testing';
import {
  buildSchema,
  type GraphQLArgument,
  GraphQLEnumType,
  type GraphQLField,
  type GraphQLInputField,
  GraphQLInputObjectType,
  GraphQLObjectType,
  GraphQLScalarType,
  isNonNullType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { railwaySdl } from '../src/index.js';

const real = buildSchema(readFileSync(join(repoRoot, '..', 'shared', 'contracts', 'railway', 'schema.graphql'), 'utf8'));
const ours = buildSchema(railwaySdl);
const ourTypes = Object.values(ours.getTypeMap()).filter((t) => !t.name.startsWith('__'));

describe("the Railway simulator's SDL against Railway's public schema", () => {
  it.each(ourTypes.map((t) => [t.name, t] as const))('%s exists with the same kind, fields, arguments and values', (name, type) => {
    const theirs = real.getType(name);
    expect(theirs, `type ${name} is not in Railway's schema`).toBeDefined();
    expect(theirs?.constructor).toBe(type.constructor);
    if (type instanceof GraphQLEnumType && theirs instanceof GraphQLEnumType) {
      const values = new Set(theirs.getValues().map((v) => v.name));
      for (const value of type.getValues()) expect(values.has(value.name), `${name}.${value.name}`).toBe(true);
    }
    if ((type instanceof GraphQLObjectType || type instanceof GraphQLInputObjectType) && !(type instanceof GraphQLScalarType)) {
      const theirFields = (theirs as GraphQLObjectType | GraphQLInputObjectType).getFields() as Record<
        string,
        GraphQLField<unknown, unknown> | GraphQLInputField
      >;
      for (const field of Object.values(type.getFields()) as (GraphQLField<unknown, unknown> | GraphQLInputField)[]) {
        const match = theirFields[field.name];
        expect(match, `${name}.${field.name} is not in Railway's schema`).toBeDefined();
        expect(String(field.type), `${name}.${field.name}`).toBe(String(match?.type));
        const ourArgs = new Map(('args' in field ? field.args : []).map((a: GraphQLArgument) => [a.name, String(a.type)]));
        for (const arg of 'args' in (match ?? {}) ? (match as GraphQLField<unknown, unknown>).args : []) {
          // Every argument Railway accepts is accepted here too, with the same type.
          expect(ourArgs.get(arg.name), `${name}.${field.name}(${arg.name})`).toBe(String(arg.type));
        }
        expect(ourArgs.size).toBe('args' in (match ?? {}) ? (match as GraphQLField<unknown, unknown>).args.length : 0);
      }
      if (type instanceof GraphQLInputObjectType) {
        // An input Railway requires must be required here too.
        for (const field of Object.values((theirs as GraphQLInputObjectType).getFields())) {
          if (isNonNullType(field.type)) expect(type.getFields()[field.name], `required ${name}.${field.name}`).toBeDefined();
        }
      }
    }
  });

  it('covers the operations golive relies on', () => {
    const query = Object.keys(ours.getQueryType()?.getFields() ?? {});
    const mutation = Object.keys(ours.getMutationType()?.getFields() ?? {});
    expect(query).toEqual(
      expect.arrayContaining([
        'project',
        'environments',
        'serviceInstance',
        'deployments',
        'deployment',
        'buildLogs',
        'deploymentLogs',
        'projectToken',
        'me',
        'domains',
        'variables',
      ]),
    );
    expect(mutation).toEqual(
      expect.arrayContaining([
        'serviceInstanceDeployV2',
        'serviceInstanceDeploy',
        'serviceInstanceRedeploy',
        'deploymentRedeploy',
        'deploymentRollback',
        'deploymentRestart',
        'deploymentRemove',
        'deploymentCancel',
        'serviceInstanceUpdate',
        'variableUpsert',
        'serviceDomainCreate',
        'customDomainCreate',
      ]),
    );
  });
});
